/**
 * Keeps the browser suite fast as it grows: each place a browser spec signs
 * in by typing the password (the Log In form and its deliberately slow
 * hash, here or in another tab), or asks for `loggedInWithForm`, must say
 * why in a comment containing "on purpose" on the lines just above it.
 * Every other test takes `loggedIn`, which reuses a session. A PortalClient's
 * logIn over HTTP is not counted: it signs in to a portal in another process
 * (a deployment, the remote harness), where no session can be planted.
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

/** `.logIn(email, somebody.password)`, however laid out: a call whose arguments name a password types the right one. */
const LOG_IN_CALL = /\.logIn\(/g;
const A_PASSWORD = /\.password\b/;
/** Logging in through the form in another tab (tests/support/another-tab.ts), or asking for a session from the form. */
const LOGS_IN_ELSEWHERE = /\blogInThere\(/g;
const ASKS_FOR_THE_FORM = /\bloggedInWithForm\b/g;
const SIGNS_IN = [LOGS_IN_ELSEWHERE, ASKS_FOR_THE_FORM];
const SAYS_WHY = /\/\/.*\bon purpose\b|\*.*\bon purpose\b/i;
/** The reason belongs with the sign-in it explains: on the line where it starts, or in the comment just above. */
const REASON_WITHIN_LINES = 6;

/** The 1-based line where each sign-in through the form starts that has no "on purpose" comment near it. */
function signInsWithoutReason(source: string): number[] {
  const lines = source.split('\n');
  const typed = [...source.matchAll(LOG_IN_CALL)].filter((match) => A_PASSWORD.test(argumentsOf(source, match.index + match[0].length)));
  const starts = [...typed, ...SIGNS_IN.flatMap((pattern) => [...source.matchAll(pattern)])].map((match) => source.slice(0, match.index).split('\n').length - 1);
  return [...new Set(starts)]
    .sort((a, b) => a - b)
    .filter((at) => !lines.slice(Math.max(0, at - REASON_WITHIN_LINES), at + 1).some((line) => SAYS_WHY.test(line)))
    .map((at) => at + 1);
}

/** `.logIn(` … `)`: the text between the call's parentheses, however it is laid out, up to the one that closes it. */
function argumentsOf(source: string, from: number): string {
  let depth = 1;
  for (let at = from; at < source.length; at++) {
    if (source[at] === '(') depth += 1;
    else if (source[at] === ')' && --depth === 0) return source.slice(from, at);
  }
  return source.slice(from);
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
  // However the call is laid out.
  expect(signInsWithoutReason('await pages.login.logIn(\n  contosoDental.email,\n  contosoDental.password,\n);')).toEqual([1]);
  expect(signInsWithoutReason('await pages.login.logIn(account.email, String(account.password));')).toEqual([1]);
});

test('every sign-in through the Log In form in a browser spec says why, beside it', () => {
  const specs = browserSpecs(TESTS);
  expect(specs.length, 'browser specs found under tests/').toBeGreaterThan(0);
  const unexplained = specs.flatMap((file) => signInsWithoutReason(readFileSync(file, 'utf8')).map((line) => `${path.relative(TESTS, file)}:${line}`));
  expect(unexplained, 'these sign in through the Log In form: use the loggedIn fixture, or say why in a comment with "on purpose" just above').toEqual([]);
});
