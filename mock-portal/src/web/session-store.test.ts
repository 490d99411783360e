import type session from 'express-session';
import { ManualClock } from '../clock';
import { expect, test } from '../../../tests/support/test';
import { IdleSessionStore } from './session-store';

const HOUR = 60 * 60 * 1000;
const data = (accountId: string) => ({ cookie: { originalMaxAge: null }, accountId }) as unknown as session.SessionData;

function read(store: IdleSessionStore, sid: string): session.SessionData | null | undefined {
  let found: session.SessionData | null | undefined;
  store.get(sid, (_error, value) => (found = value));
  return found;
}

test('a session is kept while it is used, and forgotten once unused for longer than the TTL', () => {
  const clock = new ManualClock('2026-11-26T15:00:00Z');
  const store = new IdleSessionStore(clock, HOUR);
  store.set('a', data('acct-1'));
  clock.advance(HOUR);
  expect(read(store, 'a')).toMatchObject({ accountId: 'acct-1' });
  store.touch('a', data('acct-1'));
  clock.advance(HOUR); // an hour since the touch: still exactly within the TTL
  expect(read(store, 'a')).toMatchObject({ accountId: 'acct-1' });
  clock.advance(HOUR + 1);
  expect(read(store, 'a')).toBeNull();
  expect(store.size).toBe(0);
});

test('sessions nobody asks for again are pruned when the store is next used, at most once a minute', () => {
  const clock = new ManualClock('2026-11-26T15:00:00Z');
  const store = new IdleSessionStore(clock, HOUR);
  for (let index = 0; index < 1000; index++) store.set(`old-${index}`, data('acct-1'));
  clock.advance(HOUR + 1);
  store.set('new', data('acct-2'));
  expect(store.size).toBe(1);
  expect(read(store, 'new')).toMatchObject({ accountId: 'acct-2' });
});

test('what a request reads is a copy: changing it does not change the stored session until it is saved', () => {
  const store = new IdleSessionStore(new ManualClock('2026-11-26T15:00:00Z'), HOUR);
  store.set('a', data('acct-1'));
  const first = read(store, 'a') as unknown as { accountId: string };
  first.accountId = 'someone-else';
  expect(read(store, 'a')).toMatchObject({ accountId: 'acct-1' });
});

test('destroy forgets a session at once', () => {
  const store = new IdleSessionStore(new ManualClock('2026-11-26T15:00:00Z'), HOUR);
  store.set('a', data('acct-1'));
  store.destroy('a');
  expect(read(store, 'a')).toBeNull();
});
