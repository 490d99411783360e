/**
 * The page objects' locators: by role and exact label, remembering both, and
 * failing fast when the element is missing. When a verb that needs the
 * element (click, fill, check, waitFor, reading its text…) is still waiting
 * after FIND_WITHIN_MS and the element is not on the page, it throws a
 * MissingElementError naming the role, the expected label and the names that
 * elements of that role have now (./label-diagnosis.ts), instead of waiting
 * out the 10 s action timeout with "Timeout exceeded".
 *
 * The result is still a Locator (an object whose prototype is the real one,
 * with those verbs overridden), so specs, the guide's walk and expect() use it
 * as before, and whoever calls a verb gets the diagnosis without asking.
 * Locators derived from it (nth, filter, getByRole inside it) are plain.
 */
import type { Locator, Page } from '@playwright/test';
import { diagnoseMissing, rememberExpected, type AriaRole, type ExpectedElement, type LabelledKind } from './label-diagnosis';

/**
 * Server-rendered pages: once the action that led here returns (Playwright
 * waits for the navigation it started to commit), an element that is coming
 * shows within milliseconds, or after a menu's script runs. 1.5 s is ample for
 * that on a loaded CI machine and keeps the whole failure, diagnosis included,
 * well under 3 s.
 */
export const FIND_WITHIN_MS = 1_500;

export class MissingElementError extends Error {
  constructor(
    message: string,
    readonly expected: ExpectedElement,
    /** the stack of the call that waited, so reports point at the page object, spec or guide step that asked */
    callerStack = '',
  ) {
    super(message);
    this.name = 'MissingElementError';
    const frames = callerStack.split('\n').filter((line) => /^\s+at /.test(line) && !line.includes(__filename));
    this.stack = [`${this.name}: ${message}`, ...frames].join('\n');
  }
}

interface RoleOptions {
  /** for headings */
  readonly level?: number;
  /** when `scope` is a part of the page, how a reader knows it: "the row of contoso-dental.com" */
  readonly within?: string;
}

/** getByRole with the exact label (a string matches whole and case-sensitively), failing fast with a diagnosis. */
export function byRole(scope: Page | Locator, role: AriaRole, name: string | RegExp, options: RoleOptions = {}): Locator {
  const locator = scope.getByRole(role, { name, exact: typeof name === 'string' ? true : undefined, level: options.level });
  return failingFast(locator, { role, name, within: withinOf(scope, options.within) });
}

/**
 * An element by its exact label, where no role names it: a password input
 * (it has no role), or a detail's value named by its term (a <dd> with
 * aria-labelledby; ARIA gives a definition no name).
 */
export function byLabel(scope: Page | Locator, label: string, options: Pick<RoleOptions, 'within'> & { readonly kind?: LabelledKind } = {}): Locator {
  return failingFast(scope.getByLabel(label, { exact: true }), { role: options.kind ?? 'field', name: label, within: withinOf(scope, options.within) });
}

function withinOf(scope: Page | Locator, description: string | undefined): ExpectedElement['within'] {
  if (!description) return undefined;
  if (!('getByRole' in scope) || !('count' in scope)) return undefined;
  return { locator: scope as Locator, description };
}

/** Verbs that wait for the element before they act or read. */
const VERBS = [
  'click', 'dblclick', 'tap', 'hover', 'focus', 'fill', 'clear', 'press', 'pressSequentially', 'check', 'uncheck', 'setChecked', 'selectOption',
  'textContent', 'innerText', 'inputValue', 'isChecked', 'getAttribute', 'boundingBox', 'scrollIntoViewIfNeeded',
] as const;

function failingFast(real: Locator, expected: ExpectedElement): Locator {
  const wrapper = Object.create(real) as Locator;
  const overrides: Record<string, unknown> = {};
  for (const verb of VERBS) {
    const original = (real as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[verb]!;
    overrides[verb] = (...args: unknown[]) => unlessMissing(real, expected, original.apply(real, args));
  }
  overrides.waitFor = (options?: Parameters<Locator['waitFor']>[0]) =>
    // Waiting for an element to go away is not a question of labels.
    options?.state === 'hidden' || options?.state === 'detached' ? real.waitFor(options) : unlessMissing(real, expected, real.waitFor(options));
  Object.assign(wrapper, overrides);
  rememberExpected(wrapper, expected);
  return wrapper;
}

/**
 * The action runs as it would anyway, at no extra cost; only if it has not
 * finished after FIND_WITHIN_MS and the element is not on the page at all is
 * it abandoned for the diagnosis. (Playwright cannot cancel an action: the
 * abandoned one ends with its own timeout or when the page closes, and its
 * outcome is ignored.)
 */
function unlessMissing<T>(real: Locator, expected: ExpectedElement, action: Promise<T>): Promise<T> {
  // Formatting a stack is costly (source maps); it is captured here and only read when the element is missing.
  const caller = new Error();
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      finish();
    };
    const timer = setTimeout(async () => {
      // An error here (the page closed) is left for the action itself to report.
      const present = await real.count().catch(() => 1);
      if (settled || present > 0) return;
      const sentence = await diagnoseMissing(real, expected).catch(() => undefined);
      settle(() => reject(new MissingElementError(sentence ?? `no ${expected.role} named ${JSON.stringify(expected.name)} on the page`, expected, caller.stack)));
    }, FIND_WITHIN_MS);
    action.then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(error)),
    );
  });
}
