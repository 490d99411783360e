/**
 * Page-object paths, the guide's way of naming an element on the portal:
 *   login.logInButton                       a locator property
 *   myServices.viewDetailsButton(domain)    a locator method, called with the example's value
 *   orderSummary.lineCells(serviceName)[5]  the sixth element a locator matches
 * The guide names elements through the regression suite's page objects, so a
 * label the suite stops finding is a label the guide stops finding too. What
 * a method may be passed (domain, serviceName, …) is each guide's own: its
 * actions module names those values (see guide-actions.ts).
 */

export interface ParsedPath {
  readonly raw: string;
  readonly page: string;
  readonly member: string;
  /** the name of one of the guide's example values (its actions' `pathValues`), passed to the method */
  readonly argument?: string;
  readonly index?: number;
}

const PATH_PATTERN = /^([a-z][A-Za-z0-9]*)\.([a-z][A-Za-z0-9]*)(?:\(([A-Za-z]+)\))?(?:\[(\d+)\])?$/;

export const PATH_EXAMPLE = 'upgradeDowngrade.newTotalField(serviceName)';

/**
 * Returns the parsed path, or a sentence saying what is wrong with it.
 * `argumentNames` are the example values the guide's actions offer to paths
 * (e.g. domain, serviceName); undefined skips that check.
 */
export function parsePath(raw: unknown, argumentNames?: readonly string[]): ParsedPath | string {
  if (typeof raw !== 'string') return `must be a page-object path like "${PATH_EXAMPLE}", got ${describe(raw)}`;
  const match = PATH_PATTERN.exec(raw);
  if (!match) return `"${raw}" is not a page-object path like "login.logInButton" or "${PATH_EXAMPLE}"`;
  const [, page, member, argument, index] = match as unknown as [string, string, string, string | undefined, string | undefined];
  if (argument !== undefined && argumentNames && !argumentNames.includes(argument)) {
    return `"${raw}" passes "${argument}"; a path can pass only ${argumentNames.length > 0 ? argumentNames.join(' or ') : 'nothing (this guide offers no example values to paths)'}`;
  }
  return {
    raw,
    page,
    member,
    ...(argument !== undefined ? { argument } : {}),
    ...(index !== undefined ? { index: Number(index) } : {}),
  };
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}
