import { ManualClock } from '../clock';
import { expect, test } from '../../../tests/support/test';
import { IdleSessionStore } from './session-store';

const HOUR = 60 * 60 * 1000;

function store() {
  const clock = new ManualClock('2026-11-26T15:00:00Z');
  return { clock, sessions: new IdleSessionStore<{ accountId: string }>(clock, HOUR) };
}

test('a session is kept while it is used, and forgotten once unused for longer than the TTL', () => {
  const { clock, sessions } = store();
  const id = sessions.create({ accountId: 'acct-1' });
  clock.advance(HOUR);
  expect(sessions.use(id)).toEqual({ accountId: 'acct-1' }); // used: an hour more from now
  clock.advance(HOUR);
  expect(sessions.use(id)).toEqual({ accountId: 'acct-1' });
  clock.advance(HOUR + 1);
  expect(sessions.use(id)).toBeUndefined();
  expect(sessions.size).toBe(0);
});

test('sessions nobody asks for again are pruned when the store is next used, at most once a minute', () => {
  const { clock, sessions } = store();
  for (let index = 0; index < 1000; index++) sessions.create({ accountId: `old-${index}` });
  clock.advance(HOUR + 1);
  const id = sessions.create({ accountId: 'new' });
  expect(sessions.size).toBe(1);
  expect(sessions.use(id)).toEqual({ accountId: 'new' });
});

test('ids are 256 random bits; an unknown or malformed id finds nothing', () => {
  const { sessions } = store();
  const ids = new Set(Array.from({ length: 100 }, () => sessions.create({ accountId: 'a' })));
  expect(ids.size).toBe(100);
  for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(sessions.use('x'.repeat(43))).toBeUndefined();
  expect(sessions.use('')).toBeUndefined();
  expect(sessions.use('__proto__')).toBeUndefined();
  expect(sessions.use(`${[...ids][0]}x`)).toBeUndefined();
});

test('a session is one object: what a request changes, the next request sees', () => {
  const { sessions } = store();
  const id = sessions.create({ accountId: 'acct-1' });
  sessions.use(id)!.accountId = 'acct-2';
  expect(sessions.use(id)).toEqual({ accountId: 'acct-2' });
});

test('delete forgets a session at once', () => {
  const { sessions } = store();
  const id = sessions.create({ accountId: 'acct-1' });
  sessions.delete(id);
  expect(sessions.use(id)).toBeUndefined();
});
