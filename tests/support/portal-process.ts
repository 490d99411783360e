/**
 * The mock portal started as its own process (scripts/portal.ts), as a
 * deployment is: reached only over HTTP at its URL, on a free loopback port,
 * charging cards at a gateway the test owns. Tests of remote mode point
 * PORTAL_URL at it and then read the account over HTTP and the gateway's
 * ledger to see that nothing was ordered or paid.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
/** Node, tsx and the portal's modules loading on a busy 2-core machine; an idle one needs about 1.5 s. */
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;

export interface PortalProcessOptions {
  /** the card gateway's base URL (./gateway-server.ts) */
  readonly gatewayUrl: string;
  /** freezes the portal's clock at this instant (ISO-8601) */
  readonly now?: string;
  readonly timeZone?: string;
}

export interface PortalProcess {
  /** e.g. http://127.0.0.1:40123, no trailing slash, as PORTAL_URL takes it */
  readonly url: string;
  /** what the portal printed, line by line (its log of errors included) */
  readonly output: readonly string[];
  stop(): Promise<void>;
}

export async function startPortalProcess(options: PortalProcessOptions): Promise<PortalProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', PORTAL_GATEWAY_URL: options.gatewayUrl, PORTAL_TZ: options.timeZone ?? 'UTC' };
  if (options.now) env.PORTAL_NOW = options.now;
  else delete env.PORTAL_NOW;
  // `node --import tsx` rather than the tsx CLI: one process, so stopping it stops the portal.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'portal.ts')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The portal process printed no URL within ${START_TIMEOUT_MS / 1000} s:\n${output.join('\n')}`));
    }, START_TIMEOUT_MS);
    const collect = (stream: NodeJS.ReadableStream) => {
      let pending = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop()!;
        for (const line of lines) {
          output.push(line);
          const found = /Mock client portal: (http:\/\/127\.0\.0\.1:\d+)\//.exec(line);
          if (found) {
            clearTimeout(timer);
            resolve(found[1]!);
          }
        }
      });
    };
    collect(child.stdout!);
    collect(child.stderr!);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The portal process exited (code ${code}) before it was ready:\n${output.join('\n')}`));
    });
  });

  const health = await fetch(`${url}/healthz`).catch((error: Error) => error);
  if (health instanceof Error || !health.ok) {
    child.kill('SIGKILL');
    throw new Error(`${url}/healthz did not answer 200: ${health instanceof Error ? health.message : health.status}`);
  }

  return {
    url,
    output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
