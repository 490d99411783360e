/**
 * The walk behind every guide: the guide's steps, acted out with the suite's
 * page objects by the guide's own actions module, on a page whose portal the
 * caller provides (the mock in the `guides` Playwright project). At each
 * step's moment of acting it checks the quoted labels (drift), reads the
 * figures and checks them against the guide's expected values, then hands the
 * framed page to the caller to photograph.
 */
import type { Locator, Page } from '@playwright/test';
import { portalPages } from '../../tests/pages';
import type { Guide } from './catalog';
import { frameStep, type Framing } from './capture';
import { figureMismatch, type Figures } from './figures';
import type { WalkTarget } from './guide-actions';
import { labelDrift, readAccessibleName, type NamedElement } from './labels';
import { resolveSteps, type StepLocators } from './locators';
import { stepHeadings, stepLabel, type GuideStep } from './source';

export class GuideDriftError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The guide and the portal disagree:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'GuideDriftError';
  }
}

export interface WalkHooks {
  /** runs one step; the guides project makes it a test.step titled with the step's heading */
  step(heading: string, body: () => Promise<void>): Promise<void>;
  /** photographs the step at its moment of acting, once its checks passed; the outline is drawn until it returns */
  photograph(step: GuideStep, index: number, framing: Framing): Promise<void>;
}

/** On the mock, the walk signs in as the example's account and completes every step. */
export function mockTarget(guide: Guide): WalkTarget {
  return { email: guide.example.account.email, password: guide.example.account.password, lastActRuns: true };
}

/** The guide test's attachment holding its WalkRecord, which the preview re-renders from. */
export const WALK_ATTACHMENT = 'walk.json';

/** What a walk read: the figures for the text, and per step the names of its elements, for the drift check. */
export interface WalkRecord {
  readonly figures: Figures;
  readonly names: Readonly<Record<string, readonly NamedElement[]>>;
}

/** Walks every step of the guide on `page` (its baseURL the portal to photograph). */
export async function walkGuide(page: Page, guide: Guide, target: WalkTarget, hooks: WalkHooks): Promise<WalkRecord> {
  const { source, actions, example } = guide;
  const pages = portalPages(page);
  const values = Object.fromEntries(Object.entries(actions.pathValues).map(([name, valueOf]) => [name, valueOf(example)]));
  const steps = resolveSteps(pages, source, values);
  const headings = stepHeadings(source);
  const context = { pages, example, target };
  const figures: Record<string, string> = {};
  const names: Record<string, readonly NamedElement[]> = {};
  for (const [index, step] of source.steps.entries()) {
    await hooks.step(headings[step.id]!, async () => {
      const label = stepLabel(index, step.id);
      const stepActions = actions.steps[step.id]!;
      const located = steps[index]!;
      await inStep(label, 'getting to the moment of acting', () => stepActions.arrive(context));
      const problems = await stepProblems(label, step, located, guide.expectedFigures, figures, names);
      if (problems.length > 0) throw new GuideDriftError(problems);
      const { framing, release } = await frameStep(page, { highlight: located.highlight, context: located.shows.map((entry) => entry.locator), mask: located.mask.map((entry) => entry.locator) });
      try {
        await hooks.photograph(step, index, framing);
      } finally {
        await release();
      }
      const last = index === source.steps.length - 1;
      if (!last || target.lastActRuns) await inStep(label, 'doing what the step says', () => stepActions.act(context));
    });
  }
  return { figures, names };
}

/**
 * Everything that must hold at the moment of acting: the quoted labels are the
 * elements' names, the highlight is visible, every mask has something to
 * cover, and each figure the page shows is the one the billing rule expects.
 * Read figures are added to `figures`, the elements' names to `names`.
 */
async function stepProblems(
  label: string,
  step: GuideStep,
  located: StepLocators,
  expected: Readonly<Record<string, string>>,
  figures: Record<string, string>,
  names: Record<string, readonly NamedElement[]>,
): Promise<string[]> {
  const named = await Promise.all([readAccessibleName(step.highlight, located.highlight), ...located.shows.map(({ path, locator }) => readAccessibleName(path, locator))]);
  names[step.id] = named;
  const problems = labelDrift(label, step.text, named);
  if (named[0]?.name !== undefined && !(await located.highlight.isVisible())) problems.push(`${label}: the highlighted ${step.highlight} is not visible when the screenshot is taken`);
  for (const { path, locator } of located.mask) {
    // Playwright skips a mask that matches nothing: a renamed field would then be photographed in clear.
    if ((await locator.count()) === 0) problems.push(`${label}: mask ${path} matches nothing on the page (${String(locator)}); refusing to take an unmasked screenshot`);
  }
  for (const figure of located.figures) {
    const shown = await readFigure(figure.locator);
    if (shown === undefined) {
      problems.push(`${label}: figure ${figure.name} (${figure.path}) is not on the page`);
      continue;
    }
    const mismatch = figureMismatch(label, figure.name, shown, expected[figure.name]);
    if (mismatch) problems.push(mismatch);
    figures[figure.name] = shown;
  }
  return problems;
}

/** A page-object action that fails (a renamed button times out) is reported with the step it belongs to. */
async function inStep(label: string, doing: string, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new GuideDriftError([`${label}: failed while ${doing}: ${message}`]);
  }
}

/** What the element shows: a field's value, a select's chosen option, or an element's visible text. */
async function readFigure(locator: Locator): Promise<string | undefined> {
  if ((await locator.count()) !== 1) return undefined;
  return locator.evaluate((element) => {
    // A select's innerText lists every option; the reader sees only the chosen one's text.
    const shown = element instanceof HTMLInputElement ? element.value : element instanceof HTMLSelectElement ? [...element.selectedOptions].map((option) => option.text).join(', ') : (element as HTMLElement).innerText;
    return shown.replace(/\s+/g, ' ').trim();
  });
}
