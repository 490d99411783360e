/**
 * The checks made before anything runs against a deployment
 * (tests/support/remote-preflight.ts), against the mock portal running as its
 * own process: each wrong target is named within 15 s, in words that say
 * which variable to fix.
 */
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { contosoDental, fabrikamLaw } from '../../fixtures/accounts';
import { PreflightError, preflightRemote, type PreflightTarget } from '../support/remote-preflight';
import { DEFAULT_REMOTE_SERVICE } from '../support/remote';
import { expect, test } from '../support/test';

/** The bound for each of these failures. */
const NAMED_WITHIN_MS = 15_000;

function contosoTarget(url: string, overrides: Partial<PreflightTarget> = {}): PreflightTarget {
  return { url, email: contosoDental.email, password: contosoDental.password, domain: contosoDental.domains[0].name, service: DEFAULT_REMOTE_SERVICE, ...overrides };
}

/** The preflight's error and how long it took to say it. */
async function failure(target: PreflightTarget): Promise<{ message: string; ms: number }> {
  const started = performance.now();
  const error = await preflightRemote(target).then(
    () => undefined,
    (thrown: Error) => thrown,
  );
  const ms = performance.now() - started;
  expect(error, 'the preflight should have refused this target').toBeInstanceOf(PreflightError);
  expect(ms, error!.message).toBeLessThan(NAMED_WITHIN_MS);
  return { message: error!.message, ms };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

// @mock: the targets are a portal process of the test's own and servers it makes up.
test.describe('the remote preflight', { tag: '@mock' }, () => {
  test('a usable target passes: the portal, the account, its domain and the service', async ({ portalProcess }) => {
    await preflightRemote(contosoTarget(portalProcess.url));
    await preflightRemote(contosoTarget(portalProcess.url, { domain: 'contoso-labs.net', service: undefined }));
    await preflightRemote({ url: portalProcess.url, email: fabrikamLaw.email, password: fabrikamLaw.password, domain: 'fabrikam-law.com', service: 'Dynamics CRM user' });
  });

  test('wrong credentials: "could not log in to PORTAL_URL … as …", with what the portal said', async ({ portalProcess }) => {
    const { message } = await failure(contosoTarget(portalProcess.url, { password: 'Not-The-Password-1!' }));
    expect(message).toBe(
      `could not log in to PORTAL_URL (${portalProcess.url}) as ${contosoDental.email} (the portal says "The email address or password is not correct."); check PORTAL_EMAIL and PORTAL_PASSWORD.`,
    );
    const unknown = await failure(contosoTarget(portalProcess.url, { email: 'nobody@contoso-dental.example' }));
    expect(unknown.message).toContain(`could not log in to PORTAL_URL (${portalProcess.url}) as nobody@contoso-dental.example`);
  });

  test('a domain that is not the account\'s, one without hosting, and a service the domain does not have are each named', async ({ portalProcess }) => {
    await test.step('another account\'s domain', async () => {
      const { message } = await failure(contosoTarget(portalProcess.url, { domain: 'fabrikam-law.com' }));
      expect(message).toBe(
        `PORTAL_DOMAIN fabrikam-law.com is not a domain of ${contosoDental.email} on PORTAL_URL (${portalProcess.url}); its domains are contoso-dental.com, contoso-labs.net, contoso.shop. Set PORTAL_DOMAIN to one of them.`,
      );
    });
    await test.step('a domain with no hosting package', async () => {
      const { message } = await failure(contosoTarget(portalProcess.url, { domain: 'contoso.shop' }));
      expect(message).toContain('PORTAL_DOMAIN contoso.shop has no hosting package');
    });
    await test.step('a service the domain does not have', async () => {
      const { message } = await failure(contosoTarget(portalProcess.url, { domain: 'contoso-labs.net', service: 'BlackBerry Enterprise Server (BES) user' }));
      expect(message).toBe(
        `PORTAL_DOMAIN contoso-labs.net has no BlackBerry Enterprise Server (BES) user on PORTAL_URL (${portalProcess.url}); its services are Hosted Exchange mailbox. Set PORTAL_SERVICE to one of them, or choose another PORTAL_DOMAIN.`,
      );
    });
  });

  test('an address where nothing listens, a server that never answers, and a server that is not the portal are each named', async () => {
    await test.step('nothing listens', async () => {
      const closed = createServer();
      const url = await listen(closed);
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      const { message } = await failure(contosoTarget(url));
      expect(message).toBe(`could not reach PORTAL_URL (${url}): the connection was refused (nothing listens at that address and port). Check PORTAL_URL and that the portal is up.`);
    });

    await test.step('a server that accepts the connection and never answers', async () => {
      const silent = createServer(() => {});
      const url = await listen(silent);
      try {
        const { message } = await failure(contosoTarget(url));
        expect(message).toBe(`could not reach PORTAL_URL (${url}): no answer within 5 s. Check PORTAL_URL and that the portal is up.`);
      } finally {
        silent.close();
      }
    });

    await test.step('a web server that is not the portal', async () => {
      const other = createServer((socket) => socket.end('HTTP/1.1 404 Not Found\r\ncontent-length: 9\r\nconnection: close\r\n\r\nNot found'));
      const url = await listen(other);
      try {
        const { message } = await failure(contosoTarget(url));
        expect(message).toBe(`PORTAL_URL (${url}) answered 404 with no Log In form at /login: is PORTAL_URL the client portal's address?`);
      } finally {
        other.close();
      }
    });
  });
});
