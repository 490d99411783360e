/**
 * What to say when an element the guide names is not on the page: the role,
 * the label the guide expects, and the names that elements of that role have
 * now, closest first. A renamed button then reads as
 *   no link named "View Details" on the page; its links are now named, closest first: "Show Details" (3×), "Home", …
 * instead of a locator timeout. The regression suite (through the page
 * objects' locators, ./role-locators.ts) and the guide's label check
 * (scripts/guide/labels.ts) both word it here, so a writer and QA read the
 * same sentence.
 */
import type { Locator, Page } from '@playwright/test';

export type AriaRole = Parameters<Page['getByRole']>[0];

/**
 * What a label-found element is, for the message: a form field (<label for>),
 * or a detail (a value named by its term through aria-labelledby).
 */
export type LabelledKind = 'field' | 'detail';

/** An element as a page object names it: its role (or what a label-found element is) and its label. */
export interface ExpectedElement {
  readonly role: AriaRole | LabelledKind;
  readonly name: string | RegExp;
  /** where it is looked for when not on the whole page, e.g. the row of a domain */
  readonly within?: { readonly locator: Locator; readonly description: string };
}

const remembered = new WeakMap<Locator, ExpectedElement>();

/** Called by the page objects' factory (./role-locators.ts) for each locator it makes. */
export function rememberExpected(locator: Locator, expected: ExpectedElement): void {
  remembered.set(locator, expected);
}

/**
 * The role and label a locator stands for: as the page objects' factory made
 * it, else read back from the locator's own description
 * (`getByRole('button', { name: 'Log In' })`, `getByLabel('Password')`).
 */
export function expectedElement(locator: Locator): ExpectedElement | undefined {
  return remembered.get(locator) ?? expectedFromDescription(locator);
}

/**
 * The accessible name of whatever a page object's role locator matches: its
 * label, when it is a string, which getByRole compared whole and case-sensitively
 * with each element's accessible name. Undefined for a label-found element (a
 * <label> may not be its accessible name), a pattern, or a locator the page
 * objects did not make.
 */
export function exactRoleName(locator: Locator): string | undefined {
  const expected = remembered.get(locator);
  if (!expected || expected.role === 'field' || expected.role === 'detail' || typeof expected.name !== 'string') return undefined;
  return expected.name;
}

/** How many names a message lists; the rest are counted. */
const LISTED_NAMES = 8;

/**
 * Levenshtein distance, case-insensitive: "View Details" is 3 edits from
 * "Show Details", and "Log in" 0 from "Log In" (the message then shows both,
 * so the case difference is plain to see).
 */
export function editDistance(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = previous[j - 1]! + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length]!;
}

/** The text a regular-expression label stands for, for ranking: /^Bank Transfer/ → "Bank Transfer". */
export function labelText(name: string | RegExp): string {
  return typeof name === 'string' ? name : name.source.replace(/^\^|\$$/g, '').replace(/\\(.)/g, '$1');
}

export function showLabel(name: string | RegExp): string {
  return typeof name === 'string' ? JSON.stringify(name) : String(name);
}

/** Distinct names, closest to the expected label first (ties keep page order), each with how often it occurs. */
export function closestFirst(expected: string | RegExp, names: readonly string[]): { readonly name: string; readonly count: number }[] {
  const target = labelText(expected);
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts.entries()]
    .map(([name, count], order) => ({ name, count, order, distance: editDistance(target, name) }))
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .map(({ name, count }) => ({ name, count }));
}

/**
 * The names of one role in an ARIA snapshot (`locator.ariaSnapshot()`), in page
 * order: lines read `- link "View Details":` or `- heading "Log In" [level=1]`.
 */
export function namesInAriaSnapshot(snapshot: string, role: string): string[] {
  const names: string[] = [];
  for (const line of snapshot.split('\n')) {
    const match = /^\s*- ([\w-]+) ("(?:[^"\\]|\\.)*")/.exec(line);
    if (match && match[1] === role) names.push(JSON.parse(match[2]!) as string);
  }
  return names;
}

const PLURALS: Partial<Record<string, string>> = { checkbox: 'checkboxes', textbox: 'text boxes', rowheader: 'row headers', columnheader: 'column headers', field: 'labelled fields', detail: 'labelled details' };

function plural(role: string): string {
  return PLURALS[role] ?? `${role}s`;
}

export interface MissingElementFacts {
  readonly role: string;
  readonly name: string | RegExp;
  /** names that elements of the role have on the page now */
  readonly namesNow: readonly string[];
  /** the scope it was looked for in, when not the whole page */
  readonly within?: string;
  /** the scope itself is not on the page */
  readonly withinMissing?: boolean;
}

/** One line (callers keep only a message's first line), naming the role, the expected label and the names there are now. */
export function missingElementSentence(facts: MissingElementFacts): string {
  const { role, name, within } = facts;
  const wanted = `${role} named ${showLabel(name)}`;
  if (within && facts.withinMissing) return `no ${wanted}: ${within} is not on the page`;
  const exact = typeof name === 'string' ? facts.namesNow.includes(name) : facts.namesNow.some((candidate) => name.test(candidate));
  if (within && exact) return `no ${wanted} in ${within}, though the page has one elsewhere`;
  const where = within ? ` in ${within}` : ' on the page';
  if (facts.namesNow.length === 0) return `no ${wanted}${where}; the page has no ${plural(role)} with a name at all`;
  const ranked = closestFirst(name, facts.namesNow);
  const listed = ranked.slice(0, LISTED_NAMES).map(({ name: shown, count }) => (count > 1 ? `${JSON.stringify(shown)} (${count}×)` : JSON.stringify(shown)));
  const more = ranked.length > LISTED_NAMES ? ` and ${ranked.length - LISTED_NAMES} more` : '';
  return `no ${wanted}${where}; the page's ${plural(role)} are now named, closest first: ${listed.join(', ')}${more}`;
}

export function expectedFromDescription(locator: Locator): ExpectedElement | undefined {
  const description = String(locator);
  const role = [...description.matchAll(/getByRole\('([\w-]+)'(?:, \{ name: '((?:[^'\\]|\\.)*)')?/g)].at(-1);
  if (role) return { role: role[1] as AriaRole, name: (role[2] ?? '').replace(/\\(.)/g, '$1') };
  const label = [...description.matchAll(/getByLabel\('((?:[^'\\]|\\.)*)'/g)].at(-1);
  if (label) return { role: 'field', name: label[1]!.replace(/\\(.)/g, '$1') };
  return undefined;
}

/** Short, because this runs only once an element is already known to be missing. */
const READ_TIMEOUT_MS = 2_000;

/**
 * For a locator that matches nothing: reads the page and words what is missing
 * (see missingElementSentence). Undefined when the locator names no role or
 * label (a test id, a CSS selector).
 */
export async function diagnoseMissing(locator: Locator, expected = expectedElement(locator)): Promise<string | undefined> {
  if (!expected) return undefined;
  const page = locator.page();
  const withinMissing = expected.within ? (await expected.within.locator.count()) === 0 : false;
  const namesNow = isLabelled(expected.role) ? await labelsOnPage(page) : namesInAriaSnapshot(await page.locator('body').ariaSnapshot({ timeout: READ_TIMEOUT_MS }), expected.role);
  return missingElementSentence({ role: expected.role, name: expected.name, namesNow, within: expected.within?.description, withinMissing });
}

function isLabelled(role: string): role is LabelledKind {
  return role === 'field' || role === 'detail';
}

/** The labels getByLabel can find on the page: form fields' <label>s, aria-labelledby and aria-label. */
async function labelsOnPage(page: Page): Promise<string[]> {
  return page.locator('input:not([type=hidden]), select, textarea, [aria-labelledby], [aria-label]').evaluateAll((elements) =>
    elements
      .map((element) => {
        const byIds = element.getAttribute('aria-labelledby')?.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
        const label = byIds || element.getAttribute('aria-label') || (element as HTMLInputElement).labels?.[0]?.textContent || '';
        return label.replace(/\s+/g, ' ').trim();
      })
      .filter((label) => label !== ''),
  );
}
