/**
 * The real run behind the guide: the mock portal in this process at the
 * guide's pinned instant (with the msw card gateway), a headless Chromium with
 * a fixed viewport, and the eight steps walked with the suite's page objects.
 * At each step's moment of acting it checks the quoted labels (drift), reads
 * the figures, checks them against the billing oracle, and takes the shot.
 */
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Locator } from '@playwright/test';
import { ManualClock } from '../../mock-portal/src/clock';
import { HttpCardGateway } from '../../mock-portal/src/gateway/card-gateway';
import { GatewayLedger, startMockGateway } from '../../mock-portal/src/gateway/mock-gateway';
import { createPortal } from '../../mock-portal/src/portal';
import { portalPages } from '../../tests/pages';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../tests/support/browser';
import { captureStep, VIEWPORT } from './capture';
import { expectedFigures, figureMismatch, resolveExample, type Figures } from './figures';
import { JOURNEY } from './journey';
import { labelDrift, readAccessibleName } from './labels';
import { resolveSteps, type StepLocators } from './locators';
import { stepLabel, type GuideSource, type GuideStep } from './source';

export class GuideDriftError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The guide and the portal disagree:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'GuideDriftError';
  }
}

export interface Session {
  readonly browser: Browser;
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export interface WalkOptions {
  /** ids of the steps to photograph; every step is still walked and checked */
  readonly only?: ReadonlySet<string>;
  readonly onCapture: (step: GuideStep, index: number, png: Buffer) => void;
}

/** Starts the portal and the browser; the caller closes the session (the PDF is printed in it too). */
export async function openSession(source: GuideSource, portalLog: string[]): Promise<Session> {
  const gateway = startMockGateway(new GatewayLedger());
  const { app } = createPortal({
    clock: new ManualClock(source.example.portalNow),
    timeZone: source.example.timeZone,
    gateway: new HttpCardGateway(),
    log: (line) => portalLog.push(line),
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    colorScheme: 'light',
    locale: 'en-US',
    timezoneId: source.example.timeZone,
  });
  // Ten seconds means something is stuck, not slow: a step here takes well under one.
  context.setDefaultTimeout(10_000);
  return {
    browser,
    context,
    async close() {
      await browser.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      gateway.close();
    },
  };
}

export async function walkJourney(session: Session, source: GuideSource, options: WalkOptions): Promise<Figures> {
  const example = resolveExample(source.example);
  const expected = expectedFigures(source.example, example);
  const missing = source.steps.flatMap((step, index) => (JOURNEY[step.id] ? [] : [`${stepLabel(index, step.id)}: no actions for this step id in scripts/guide/journey.ts`]));
  if (missing.length > 0) throw new GuideDriftError(missing);

  const page = await session.context.newPage();
  const pages = portalPages(page);
  const steps = resolveSteps(pages, source, { domain: example.domain.name, serviceName: example.serviceName });
  const figures: Record<string, string> = {};
  for (const [index, step] of source.steps.entries()) {
    const label = stepLabel(index, step.id);
    const actions = JOURNEY[step.id]!;
    const located = steps[index]!;
    await inStep(label, 'getting to the moment of acting', () => actions.arrive(pages, example, source.example.newTotal));
    const problems = await stepProblems(label, step, located, expected, figures);
    if (problems.length > 0) throw new GuideDriftError(problems);
    if (!options.only || options.only.has(step.id)) {
      const png = await captureStep(page, { highlight: located.highlight, context: located.shows.map((entry) => entry.locator), mask: located.mask.map((entry) => entry.locator) });
      options.onCapture(step, index, png);
    }
    await inStep(label, 'doing what the step says', () => actions.act(pages, example));
  }
  await page.close();
  return figures;
}

/**
 * Everything that must hold at the moment of acting: the quoted labels are the
 * elements' names, the highlight is visible, every mask has something to
 * cover, and each figure the page shows is the one the billing rule expects.
 * Read figures are added to `figures`.
 */
async function stepProblems(label: string, step: GuideStep, located: StepLocators, expected: Readonly<Record<string, string>>, figures: Record<string, string>): Promise<string[]> {
  const named = await Promise.all([readAccessibleName(step.highlight, located.highlight), ...located.shows.map(({ path, locator }) => readAccessibleName(path, locator))]);
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

/** What the element shows: a field's value, or an element's visible text. */
async function readFigure(locator: Locator): Promise<string | undefined> {
  if ((await locator.count()) !== 1) return undefined;
  return locator.evaluate((element) => (element instanceof HTMLInputElement ? element.value : (element as HTMLElement).innerText).replace(/\s+/g, ' ').trim());
}
