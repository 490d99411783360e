import { ManualClock } from '../clock';
import { makeContext } from '../context';
import { parseIsoDate } from '../domain/calendar';
import { HttpCardGateway } from '../gateway/card-gateway';
import { routes } from '../routes';
import { seedStore } from '../seed';
import { expect, test } from '../../../tests/support/test';
import { formPageOf } from './error-page';
import { PortalSessions } from './session';

interface RouteLayer {
  readonly route?: { readonly path: string; readonly methods: Record<string, boolean> };
  match(path: string): boolean;
}

test('every form posts from a page that exists: after logging in again, or from an error page, the customer lands on it', () => {
  const clock = new ManualClock('2026-11-26T15:00:00Z');
  const context = makeContext({ clock, securityClock: clock, timeZone: 'UTC', gateway: new HttpCardGateway(), store: seedStore(parseIsoDate('2026-11-26')), log: () => {} });
  const layers = (routes(context, new PortalSessions(context)) as unknown as { stack: RouteLayer[] }).stack.filter((layer) => layer.route);
  const forms = layers.filter((layer) => layer.route!.methods.post);
  expect(forms.length).toBeGreaterThan(10);
  for (const form of forms) {
    const sent = form.route!.path.replace(/:\w+/g, 'sample-1');
    const page = formPageOf('POST', sent);
    expect(layers.some((layer) => layer.route!.methods.get && layer.match(page)), `${form.route!.path} → ${page}`).toBe(true);
  }
});
