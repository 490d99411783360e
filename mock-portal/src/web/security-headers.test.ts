import type { Request, Response } from 'express';
import helmet from 'helmet';
import { expect, test } from '../../../tests/support/test';
import { securityHeaders } from './security-headers';

const OPTIONS = { contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } }, strictTransportSecurity: false } as const;

/** The headers a middleware sets on one response. */
function headersSetBy(middleware: (req: Request, res: Response, next: () => void) => void): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = { setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = String(value)), removeHeader: () => {} };
  middleware({} as Request, res as unknown as Response, () => {});
  return headers;
}

test('every response gets exactly the headers helmet itself would set', () => {
  const once = headersSetBy(securityHeaders(OPTIONS));
  expect(once).toEqual(headersSetBy(helmet(OPTIONS)));
  expect(once['content-security-policy']).toContain("script-src 'self'");
  expect(once['strict-transport-security']).toBeUndefined();
  expect(headersSetBy(securityHeaders(OPTIONS))).toEqual(once);
});

test('a policy with a per-request value (a nonce) is refused at start, not frozen', () => {
  const nonce = () => `'nonce-${Math.random()}'`;
  expect(() => securityHeaders({ contentSecurityPolicy: { directives: { scriptSrc: ["'self'", nonce] } } })).toThrow(/cannot be computed once/);
});
