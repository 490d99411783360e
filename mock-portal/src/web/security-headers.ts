/**
 * Helmet's security headers, computed by helmet once. The portal's policy has
 * no per-request part (no nonces, no functions), so every response gets the
 * same headers: running helmet's middleware chain on each request would only
 * rebuild the same Content-Security-Policy string again and again.
 */
import type { Request, RequestHandler, Response } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

export function securityHeaders(options: Readonly<HelmetOptions>): RequestHandler {
  if (hasPerRequestValue(options)) throw new Error('A Content-Security-Policy value is a function (a nonce?): it cannot be computed once; use helmet() per request');
  const headers: [string, string][] = [];
  const removed: string[] = [];
  let finished = false;
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => headers.push([name, String(value)]),
    removeHeader: (name: string) => removed.push(name),
  };
  helmet(options)({} as Request, recorder as unknown as Response, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  // X-Powered-By is already off (app setting); anything else would mean helmet's output is not a fixed list.
  if (!finished || removed.some((name) => name.toLowerCase() !== 'x-powered-by')) {
    throw new Error('helmet did not give a fixed set of headers: set it up as per-request middleware instead');
  }
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

/** helmet lets a CSP directive be a function of the request, e.g. for a nonce. */
function hasPerRequestValue(options: Readonly<HelmetOptions>): boolean {
  const csp = options.contentSecurityPolicy;
  const directives = typeof csp === 'object' && csp !== null ? Object.values(csp.directives ?? {}) : [];
  return directives.some((value) => typeof value === 'function' || (Array.isArray(value) && value.some((item) => typeof item === 'function')));
}
