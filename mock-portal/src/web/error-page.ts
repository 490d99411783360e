/**
 * The portal's error pages. Each says what happened, what to do next, and
 * leads back: to the form that was sent, to Log In, or home. A request that
 * failed before the page's own set-up (a form too large to read, a form whose
 * CSRF token was refused) still gets that set-up here, so a signed-in
 * customer keeps the top navigation.
 */
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { PortalContext } from '../context';
import { HttpError } from '../http-error';

/**
 * The page holding the form a POST came from (the place to go back to);
 * for a GET, the page itself.
 */
export function formPageOf(method: string, path: string): string {
  if (method !== 'POST') return path;
  if (path === '/logout') return '/home';
  const order = /^(\/orders\/[^/]+)\/payment-method$/.exec(path);
  if (order) return order[1]!;
  // Generate Activation Password is a button on the domain's BES Users list.
  const activation = /^(\/services\/[^/]+\/bes-users)\/[^/]+\/activation-password$/.exec(path);
  return activation ? activation[1]! : path;
}

export function describeError(error: unknown, req: Pick<Request, 'method' | 'path'>, signedIn: boolean): HttpError {
  if (error instanceof HttpError) return error;
  const formPage = formPageOf(req.method, req.path);
  const backToForm = { href: formPage, text: 'Back to the form' };
  const { code, type, status } = (error ?? {}) as { code?: string; type?: string; status?: number };
  if (code === 'EBADCSRFTOKEN') {
    // Every form but Log In is on a signed-in page: refused and signed out means the session ended meanwhile.
    if (!signedIn && req.path !== '/login') {
      return new HttpError(
        403,
        'You were logged out',
        'You were logged out in another tab or window, or after 30 minutes without activity, so this form was not sent. Nothing was changed.',
        { advice: 'Log in again, then fill in the form again.', link: { href: `/login?next=${encodeURIComponent(formPage)}`, text: 'Log in again' } },
      );
    }
    return new HttpError(
      403,
      'This form has expired',
      'For your security, a form can only be sent from the page the portal last gave you, and this one had been replaced (for example by logging in again in another tab). It was not sent. Nothing was changed.',
      { advice: 'Go back to the form, reload it, check what you typed, and send it again.', link: backToForm },
    );
  }
  if (type === 'entity.too.large') {
    return new HttpError(413, 'This form was too large', 'The form you sent was larger than any form on this portal, so it was not read. Nothing was changed.', {
      advice: 'Go back to the form and check what you typed: no field takes more than a few hundred characters.',
      link: backToForm,
    });
  }
  if (status && status >= 400 && status < 500) {
    return new HttpError(400, 'Bad request', 'The portal could not read that request. Nothing was changed.', {
      advice: 'Go back to the form, reload it and try again.',
      link: backToForm,
    });
  }
  return new HttpError(500, 'Something went wrong', 'Sorry, something went wrong on our side.', {
    advice: 'Please try again in a moment: an order is never charged twice.',
  });
}

/** Runs the page set-up (sessions, signed-in account, page locals) that an early failure skipped; each step is safe to repeat. */
function prepare(steps: readonly RequestHandler[], req: Request, res: Response, done: () => void): void {
  const [step, ...rest] = steps;
  if (!step || res.locals.csrfToken !== undefined) return done();
  step(req, res, (error?: unknown) => (error ? done() : prepare(rest, req, res, done)));
}

export function errorPage(context: PortalContext, pageSetUp: readonly RequestHandler[]): ErrorRequestHandler {
  return (error, req, res, _next) => {
    if (describeError(error, req, false).status >= 500) {
      context.log(`error on ${req.method} ${req.path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (res.headersSent) return;
    prepare(pageSetUp, req, res, () => {
      const page = describeError(error, req, !!res.locals.account);
      res.status(page.status).render('error', { title: page.title, message: page.message, next: page.next });
    });
  };
}
