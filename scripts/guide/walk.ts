/**
 * The walk behind every guide: the guide's steps, acted out with the suite's
 * page objects by the guide's own actions module, on a page whose portal the
 * caller provides (the mock, or a deployment named by PORTAL_URL). At each
 * step's moment of acting it checks the quoted labels (drift) and the masks,
 * reads the figures and checks them (against the guide's expected values on
 * the mock; against each other, by the step's own `check`, everywhere), then
 * hands the framed page to the caller to photograph.
 */
import type { Page } from '@playwright/test';
import { portalPages, type PortalPages } from '../../tests/pages';
import type { RemotePortal } from '../../tests/support/remote';
import type { Guide } from './catalog';
import { framingFor, type Framing } from './capture';
import { figureMismatch, type Figures } from './figures';
import type { AnyGuideActions, ExampleBase, StepContext, WalkTarget } from './guide-actions';
import { labelDrift, type NamedElement } from './labels';
import { resolveSteps, type StepLocators } from './locators';
import { masksOf, redactedBy, uncoveredMasks, type MaskedBox } from './redaction';
import { readStep, type StepReading } from './step-reading';
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
  /** photographs the step at its moment of acting, once its checks passed, as `framing` says (its crop, masks and outline) */
  photograph(step: GuideStep, index: number, framing: Framing): Promise<void>;
}

/** On the mock, the walk signs in as the example's account and completes every step. */
export function mockTarget(guide: Guide): WalkTarget {
  return { email: guide.example.account.email, password: guide.example.account.password };
}

/** On a deployment (PORTAL_URL): its account, and the domain and service its settings name. */
export function deploymentTarget(remote: RemotePortal, serviceOverride: boolean): WalkTarget {
  return {
    email: remote.email,
    password: remote.password,
    deployment: { url: remote.url, domain: remote.domain, ...(serviceOverride ? { service: remote.service } : {}) },
  };
}

/** The example a walk uses: the guide's own on the mock, the deployment's domain and service on a deployment. */
export function exampleFor(guide: Pick<Guide, 'slug' | 'example'> & { readonly actions: AnyGuideActions }, target: WalkTarget): ExampleBase {
  if (!target.deployment) return guide.example;
  if (!guide.actions.deployment) throw new Error(`guides/${guide.slug} cannot run on a deployment: its actions.ts has no \`deployment\` saying how its example maps to PORTAL_DOMAIN and PORTAL_SERVICE`);
  return guide.actions.deployment(guide.example, target.deployment) as ExampleBase;
}

/** The guide test's attachment holding its WalkRecord, which the preview re-renders from. */
export const WALK_ATTACHMENT = 'walk.json';

/** What a walk read: the figures for the text, per step the names of its elements (for the drift check) and what its masks hid. */
export interface WalkRecord {
  readonly figures: Figures;
  readonly names: Readonly<Record<string, readonly NamedElement[]>>;
  /** per image, where its masks lie (CSS pixels from the top left of the image) */
  readonly masks: Readonly<Record<string, readonly MaskedBox[]>>;
  /** what the masks hid on any step: the guide's text must not repeat it on a deployment */
  readonly hidden: readonly string[];
  /** how many steps were photographed: all of them, except on a deployment when a step's act would change the account */
  readonly walked: number;
}

/** What a walk's steps act with: a fresh readings map, which the steps' `check`s share for this walk only. */
export function stepContext<Example extends ExampleBase>(pages: PortalPages, example: Example, target: WalkTarget): StepContext<Example> {
  return { pages, example, target, readings: new Map() };
}

/** The locators of every step of the guide (what it highlights, shows, masks and reads), for `example`. */
export function locateSteps(pages: PortalPages, guide: Pick<Guide, 'source' | 'actions'>, example: ExampleBase): StepLocators[] {
  const values = Object.fromEntries(Object.entries(guide.actions.pathValues).map(([name, valueOf]) => [name, valueOf(example)]));
  return resolveSteps(pages, guide.source, values);
}

/** Walks every step of the guide on `page` (its baseURL the portal to photograph). */
export async function walkGuide(page: Page, guide: Guide, target: WalkTarget, hooks: WalkHooks): Promise<WalkRecord> {
  const { source, actions } = guide;
  const example = exampleFor(guide, target);
  const pages = portalPages(page);
  const steps = locateSteps(pages, guide, example);
  const headings = stepHeadings(source);
  const context = stepContext(pages, example, target);
  // A deployment's prices and date are its own: there the steps' checks compare its figures with each other.
  const expected = target.deployment ? undefined : guide.expectedFigures;
  const figures: Record<string, string> = {};
  const names: Record<string, readonly NamedElement[]> = {};
  const masks: Record<string, readonly MaskedBox[]> = {};
  const hidden = new Set<string>();
  let walked = 0;
  let stopped = false;
  for (const [index, step] of source.steps.entries()) {
    await hooks.step(headings[step.id]!, async () => {
      const label = stepLabel(index, step.id);
      const stepActions = actions.steps[step.id]!;
      const located = steps[index]!;
      await inStep(label, 'getting to the moment of acting', () => stepActions.arrive(context));
      const reading = await readStep(step.highlight, located);
      const problems = stepProblems(label, step, reading, expected, figures);
      names[step.id] = reading.named;
      problems.push(...(await inStep(label, 'checking its figures', async () => (await stepActions.check?.(context)) ?? [])));
      if (problems.length > 0) throw new GuideDriftError(problems);
      const redacted = redactedBy(reading);
      masks[step.image] = redacted.boxes;
      for (const text of redacted.hidden) hidden.add(text);
      await hooks.photograph(step, index, stepFraming(reading, located));
      const last = index === source.steps.length - 1;
      // On a deployment nothing that changes the account is done: not the last act, not one that saves or creates.
      if (target.deployment && (last || stepActions.commits)) stopped = true;
      else await inStep(label, 'doing what the step says', () => stepActions.act(context));
    });
    walked = index + 1;
    if (stopped) break;
  }
  return { figures, names, masks, hidden: [...hidden], walked };
}

/** How a step whose checks passed is photographed: its highlight outlined, cropped below what its text talks about, masked. */
export function stepFraming(reading: StepReading, located: StepLocators): Framing {
  return framingFor({
    // The highlight matched one element, or its drift problem stopped the step before the photograph.
    outline: reading.highlight.outline!,
    shown: [reading.highlight, ...reading.shows.map((show) => show.reading)].map((shown) => shown.boxes[0]!),
    documentHeight: reading.documentHeight,
    mask: masksOf(located).map((entry) => entry.locator),
  });
}

/**
 * Everything that must hold at the moment of acting: the quoted labels are the
 * elements' names, the highlight is visible, every mask has something to
 * cover, and each figure the page shows is the one the billing rule expects.
 * Read figures are added to `figures`.
 */
function stepProblems(label: string, step: GuideStep, reading: StepReading, expected: Readonly<Record<string, string>> | undefined, figures: Record<string, string>): string[] {
  const problems = labelDrift(label, step.text, reading.named);
  if (reading.named[0]?.name !== undefined && !reading.highlight.visible) problems.push(`${label}: the highlighted ${step.highlight} is not visible when the screenshot is taken`);
  // Playwright skips a mask that matches nothing: a renamed field would then be photographed in clear.
  problems.push(...uncoveredMasks(label, reading));
  for (const figure of reading.figures) {
    if (figure.reading.count !== 1) {
      problems.push(`${label}: figure ${figure.name} (${figure.path}) is not on the page`);
      continue;
    }
    const shown = figure.reading.texts[0]!.replace(/\s+/g, ' ').trim();
    const mismatch = expected && figureMismatch(label, figure.name, shown, expected[figure.name]);
    if (mismatch) problems.push(mismatch);
    figures[figure.name] = shown;
  }
  return problems;
}

/** A page-object action that fails (a renamed button times out) is reported with the step it belongs to. */
async function inStep<T>(label: string, doing: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new GuideDriftError([`${label}: failed while ${doing}: ${message}`]);
  }
}
