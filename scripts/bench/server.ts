/**
 * How fast the portal serves a signed-in page, against the floor of its stack:
 * the signed-in My Services page and a bare Express 5 + Handlebars page, each
 * server alone in its own process on loopback, loaded by the same autocannon
 * client (50 connections, 8 s) in turn. Each round measures both, alternating
 * which goes first, and the ratio is taken within the round, so a machine that
 * gets busier or quieter between rounds moves both figures together. The
 * servers' CPU time per request is printed too: on a machine shared with other
 * work it is the steadier figure of what a page costs.
 */
import path from 'node:path';
import autocannon from 'autocannon';
import { contosoDental } from '../../fixtures/accounts';
import { startServerProcess, type ServerProcess } from '../../tests/support/server-process';
import type { Measure } from './measure';
import { median } from './stats';

const CONNECTIONS = 50;
const DURATION_S = 8;
/** JIT and template caches warm before anything is counted. */
const WARM_UP_S = 2;
const PORTAL_CHILD = path.join(__dirname, '..', '..', 'tests', 'support', 'measured-portal.ts');
const BARE_CHILD = path.join(__dirname, 'bare-server.ts');

interface Target {
  readonly name: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly server: ServerProcess;
}

interface Figures {
  readonly requestsPerSecond: number;
  /** CPU the server spent per request: what the page costs, whatever else the machine is doing */
  readonly cpuMicrosPerRequest: number;
}

/** Logs in as a browser would (login page, its CSRF token and cookies, the form) and returns the cookies to send. */
async function signedInCookies(portalUrl: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const loginPage = await fetch(`${portalUrl}/login`);
  keep(loginPage);
  const token = /name="_csrf" value="([^"]+)"/.exec(await loginPage.text())?.[1];
  if (!token) throw new Error('No CSRF token on the login page');
  const login = await fetch(`${portalUrl}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ _csrf: token, email: contosoDental.email, password: contosoDental.password, next: '/services' }).toString(),
  });
  keep(login);
  if (login.status !== 303) throw new Error(`Log in answered ${login.status}`);
  const page = await fetch(`${portalUrl}/services`, { redirect: 'manual', headers: { cookie: cookie() } });
  keep(page);
  if (page.status !== 200 || !(await page.text()).includes('<h1>My Services</h1>')) {
    throw new Error(`The signed-in My Services page answered ${page.status}, not the page`);
  }
  return cookie();
}

async function load(target: Target, seconds: number): Promise<Figures> {
  const cpuBefore = await target.server.cpuMicros();
  const result = await autocannon({ url: target.url, connections: CONNECTIONS, duration: seconds, headers: target.headers });
  const cpu = (await target.server.cpuMicros()) - cpuBefore;
  // A redirect to the login page or an error page is not the page being measured.
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${target.name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return { requestsPerSecond: result.requests.total / (result.duration || seconds), cpuMicrosPerRequest: cpu / result.requests.total };
}

export const server: Measure = {
  name: 'server',
  describe: `signed-in My Services vs a bare Express + Handlebars page, -c ${CONNECTIONS} ${DURATION_S} s each, --runs rounds`,
  async run({ runs }) {
    const processes: ServerProcess[] = [];
    try {
      const portal = await startServerProcess(PORTAL_CHILD);
      processes.push(portal);
      const bare = await startServerProcess(BARE_CHILD);
      processes.push(bare);
      const portalPage: Target = { name: 'signed-in My Services', url: `${portal.url}/services`, headers: { cookie: await signedInCookies(portal.url) }, server: portal };
      const barePage: Target = { name: 'bare Express 5 + Handlebars page', url: `${bare.url}/`, headers: {}, server: bare };
      console.error(`Server: warming up, then ${runs} rounds of ${DURATION_S} s per page…`);
      await load(portalPage, WARM_UP_S);
      await load(barePage, WARM_UP_S);

      const rounds: { portal: Figures; bare: Figures }[] = [];
      for (let round = 0; round < runs; round++) {
        const order = round % 2 === 0 ? [portalPage, barePage] : [barePage, portalPage];
        const figures = new Map<Target, Figures>();
        for (const target of order) figures.set(target, await load(target, DURATION_S));
        const result = { portal: figures.get(portalPage)!, bare: figures.get(barePage)! };
        rounds.push(result);
        console.error(
          `  round ${round + 1}: ${result.portal.requestsPerSecond.toFixed(0)} vs ${result.bare.requestsPerSecond.toFixed(0)} requests/s, ${percent(result.portal.requestsPerSecond / result.bare.requestsPerSecond)}; ` +
            `CPU ${micros(result.portal.cpuMicrosPerRequest)} vs ${micros(result.bare.cpuMicrosPerRequest)} per request`,
        );
      }
      const ratios = rounds.map((round) => round.portal.requestsPerSecond / round.bare.requestsPerSecond);
      const cpuRatios = rounds.map((round) => round.bare.cpuMicrosPerRequest / round.portal.cpuMicrosPerRequest);
      const range = (values: number[]) => (values.length > 1 ? `; per round ${percent(Math.min(...values))}–${percent(Math.max(...values))}` : '');
      const cpu = (pick: (round: { portal: Figures; bare: Figures }) => Figures) => micros(median(rounds.map((round) => pick(round).cpuMicrosPerRequest)));
      return {
        failed: false,
        rows: [
          { measure: `${portalPage.name}, median of ${runs}`, value: `${median(rounds.map((round) => round.portal.requestsPerSecond)).toFixed(0)} req/s`, detail: `autocannon -c ${CONNECTIONS} -d ${DURATION_S}; server CPU ${cpu((round) => round.portal)}/request` },
          { measure: `${barePage.name}, median of ${runs}`, value: `${median(rounds.map((round) => round.bare.requestsPerSecond)).toFixed(0)} req/s`, detail: `autocannon -c ${CONNECTIONS} -d ${DURATION_S}; server CPU ${cpu((round) => round.bare)}/request` },
          { measure: 'signed-in page / bare page', value: percent(median(ratios)), detail: `requests/s, median of the rounds' ratios${range(ratios)}` },
          { measure: 'same, by server CPU per request', value: percent(median(cpuRatios)), detail: `bare page's CPU / signed-in page's${range(cpuRatios)}` },
        ],
      };
    } finally {
      await Promise.all(processes.map((process) => process.stop()));
    }
  },
};

const percent = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;
const micros = (value: number) => `${value.toFixed(0)} µs`;
