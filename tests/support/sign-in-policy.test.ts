/**
 * Keeps the browser suite fast as it grows: a browser spec that signs in by
 * typing the password (the Log In form and its deliberately slow hash), or
 * asks for `loggedInWithForm`, must say why in a comment containing "on
 * purpose". Every other test takes `loggedIn`, which reuses a session.
 * HTTP and load specs drive the form over HTTP and are not browser specs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './test';

const TESTS = path.join(__dirname, '..');
const NOT_BROWSER_SPECS = new Set(['http', 'load', 'support', 'pages'].map((folder) => path.join(TESTS, folder)));

function browserSpecs(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return NOT_BROWSER_SPECS.has(full) ? [] : browserSpecs(full);
    return entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

/** `.logIn(email, somebody.password)`: the right password typed into the form. */
const TYPES_THE_PASSWORD = /\.logIn\([^)]*\.password\s*\)/;
const ASKS_FOR_THE_FORM = /\bloggedInWithForm\b/;
const SAYS_WHY = /\/\/.*\bon purpose\b|\*.*\bon purpose\b/;

function signInsWithoutReason(source: string): boolean {
  return (TYPES_THE_PASSWORD.test(source) || ASKS_FOR_THE_FORM.test(source)) && !SAYS_WHY.test(source);
}

test('the rule: typing the password or loggedInWithForm needs an "on purpose" comment; loggedIn does not', () => {
  expect(signInsWithoutReason(`test('x', async ({ loggedIn: page }) => {});`)).toBe(false);
  expect(signInsWithoutReason(`await pages.login.logIn(contosoDental.email, 'not-the-password');`)).toBe(false);
  expect(signInsWithoutReason(`await pages.login.logIn(contosoDental.email, contosoDental.password);`)).toBe(true);
  expect(signInsWithoutReason(`test('x', async ({ loggedInWithForm: page }) => {});`)).toBe(true);
  expect(signInsWithoutReason(`// Through the form on purpose: Log Out ends what Log In started.\ntest('x', async ({ loggedInWithForm: page }) => {});`)).toBe(false);
});

test('every browser spec that signs in through the Log In form says why', () => {
  const specs = browserSpecs(TESTS);
  expect(specs.length, 'browser specs found under tests/').toBeGreaterThan(0);
  const unexplained = specs.filter((file) => signInsWithoutReason(readFileSync(file, 'utf8'))).map((file) => path.relative(TESTS, file));
  expect(unexplained, 'these sign in through the Log In form: use the loggedIn fixture, or say why in a comment with "on purpose"').toEqual([]);
});
