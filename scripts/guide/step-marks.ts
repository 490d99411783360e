/**
 * All of a step's locators read in one round trip (./step-reading.ts).
 *
 * Playwright reads one locator per call (`evaluateAll`), and every call is a
 * round trip with about 6 ms of Playwright's own work; a step names five
 * locators on average. A union of them (`locator.or`) is resolved in one call,
 * but it comes back as one list in document order, without saying which
 * locator matched which element. So each locator is chained with this
 * selector engine, which matches exactly the element it is given and labels
 * it on the way with the locator's place in the union: the reading sorts the
 * union's elements back into each locator's matches, and removes the labels,
 * in the same call.
 *
 * A page knows the engines registered when Playwright first loads its own
 * selector engine into it, so the suite's shared `test` registers this one
 * as each worker starts, before any page (tests/support/test.ts).
 *
 * The union comes back in document order, as a locator read alone does,
 * except for Playwright's layout selectors (`near`, `left-of`, …), which rank
 * by distance; a union also cannot reach into frames. The page objects use
 * neither.
 */
import type { Locator } from '@playwright/test';

export const STEP_MARK_ENGINE = 'guide-step-mark';

/**
 * The engine, for `selectors.register`. Playwright evaluates its source in
 * the page, so it names everything it uses: the labels go in the element's
 * `__guideStepMarks`, which readLocators (./step-reading.ts) takes off again.
 */
export function createStepMarkEngine() {
  const label = (root: Node, mark: string): Element[] => {
    // Only elements are matches, as with Playwright's own engines.
    if (root.nodeType !== Node.ELEMENT_NODE) return [];
    const marked = root as Element & { __guideStepMarks?: string[] };
    marked.__guideStepMarks = [...(marked.__guideStepMarks ?? []), mark];
    return [marked];
  };
  return {
    query: (root: Node, mark: string) => label(root, mark)[0] ?? null,
    queryAll: (root: Node, mark: string) => label(root, mark),
  };
}

let calls = 0;

/**
 * The union of `locators`, each labelled "<call>:<index>", and the call's own
 * prefix: a label left behind by a reading that failed half-way is never
 * taken for this one's.
 */
export function markedUnion(locators: readonly [Locator, ...Locator[]]): { readonly union: Locator; readonly call: string } {
  const call = `${process.pid}-${++calls}`;
  const [first, ...rest] = locators.map((locator, index) => locator.locator(`${STEP_MARK_ENGINE}=${call}:${index}`)) as [Locator, ...Locator[]];
  return { union: rest.reduce((union, next) => union.or(next), first), call };
}
