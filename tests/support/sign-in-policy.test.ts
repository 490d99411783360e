/**
 * Keeps the browser suite fast as it grows: each place a browser spec signs
 * in by typing the password (the Log In form and its deliberately slow
 * hash, here or in another tab), or asks for `loggedInWithForm`, must say
 * why in a comment containing "on purpose" on the lines just above it.
 * Every other test takes `loggedIn`, which reuses a session.
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
/** Logging in through the form in another tab (tests/support/another-tab.ts). */
const LOGS_IN_ELSEWHERE = /\blogInThere\(/;
const ASKS_FOR_THE_FORM = /\bloggedInWithForm\b/;
const SIGNS_IN = [TYPES_THE_PASSWORD, LOGS_IN_ELSEWHERE, ASKS_FOR_THE_FORM];
const SAYS_WHY = /\/\/.*\bon purpose\b|\*.*\bon purpose\b/i;
/** The reason belongs with the sign-in it explains: on its line or in the comment just above it. */
const REASON_WITHIN_LINES = 6;

/** The 1-based line of every sign-in through the form with no "on purpose" comment near it. */
function signInsWithoutReason(source: string): number[] {
  const lines = source.split('\n');
  return lines.flatMap((line, at) => {
    if (!SIGNS_IN.some((pattern) => pattern.test(line))) return [];
    const near = lines.slice(Math.max(0, at - REASON_WITHIN_LINES), at + 1);
    return near.some((candidate) => SAYS_WHY.test(candidate)) ? [] : [at + 1];
  });
}

test('the rule: typing the password, logInThere or loggedInWithForm needs an "on purpose" comment beside it; loggedIn does not', () => {
  expect(signInsWithoutReason(`test('x', async ({ loggedIn: page }) => {});`)).toEqual([]);
  expect(signInsWithoutReason(`await pages.login.logIn(contosoDental.email, 'not-the-password');`)).toEqual([]);
  expect(signInsWithoutReason(`await pages.login.logIn(contosoDental.email, contosoDental.password);`)).toEqual([1]);
  expect(signInsWithoutReason(`await logInThere(tab, contosoDental);`)).toEqual([1]);
  expect(signInsWithoutReason(`test('x', async ({ loggedInWithForm: page }) => {});`)).toEqual([1]);
  expect(signInsWithoutReason(`// Through the form on purpose: Log Out ends what Log In started.\ntest('x', async ({ loggedInWithForm: page }) => {});`)).toEqual([]);
  // One reason in a file does not excuse every other sign-in in it.
  const farAway = ['// Through the form on purpose: this test is about Log In.', 'await pages.login.logIn(a.email, a.password);', ...Array(10).fill('await step();'), 'await pages.login.logIn(b.email, b.password);'];
  expect(signInsWithoutReason(farAway.join('\n'))).toEqual([13]);
});

test('every sign-in through the Log In form in a browser spec says why, beside it', () => {
  const specs = browserSpecs(TESTS);
  expect(specs.length, 'browser specs found under tests/').toBeGreaterThan(0);
  const unexplained = specs.flatMap((file) => signInsWithoutReason(readFileSync(file, 'utf8')).map((line) => `${path.relative(TESTS, file)}:${line}`));
  expect(unexplained, 'these sign in through the Log In form: use the loggedIn fixture, or say why in a comment with "on purpose" just above').toEqual([]);
});
