/**
 * Every guide is a folder guides/<slug>/ holding guide.yaml (the writer's
 * source) and actions.ts (what a customer does at each step, its example and
 * its figures). Discovery is the folder listing: adding a guide needs no
 * change to the engine.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { accounts } from '../../fixtures/accounts';
import type { AnyGuideActions, ExampleBase } from './guide-actions';
import { ACTIONS_FILE, GUIDES_ROOT, guideSlugs, SOURCE_FILE } from './guide-folders';
import { GuideSourceError, readGuideYaml, stepHeadings, validateGuideSource, type GuideSource } from './source';

export { ACTIONS_FILE, GUIDES_ROOT, guideSlugs, IMAGES_DIR, REPO_ROOT, SOURCE_FILE } from './guide-folders';

export interface Guide {
  readonly slug: string;
  readonly dir: string;
  readonly sourceFile: string;
  readonly source: GuideSource;
  readonly actions: AnyGuideActions;
  /** the example resolved by the guide's actions (fixtures looked up, dates computed) */
  readonly example: ExampleBase;
  /** what each figure must show on the mock, from the guide's actions */
  readonly expectedFigures: Readonly<Record<string, string>>;
}

/** The suite's fixture options that put a guide's test at its example: the mock portal's clock and billing zone, and the browser's time zone. */
export function exampleTestOptions(guide: Guide): { portalNow: string; billingTimeZone: string; timezoneId: string } {
  const { portalNow, timeZone } = guide.source.example;
  return { portalNow, billingTimeZone: timeZone, timezoneId: timeZone };
}

/** Reads, validates and resolves one guide; throws GuideSourceError listing every problem. */
export function loadGuide(slug: string, root = GUIDES_ROOT): Guide {
  const dir = path.join(root, slug);
  const sourceFile = path.join(dir, SOURCE_FILE);
  const actions = loadActions(dir, sourceFile);
  const source = validateGuideSource(readGuideYaml(sourceFile), sourceFile, {
    exampleFields: actions.example.fields,
    pathArguments: Object.keys(actions.pathValues),
    figureNames: actions.figures.names,
    stepIds: Object.keys(actions.steps),
    guides: guideSlugs(root).filter((other) => other !== slug),
  });
  const { account: accountId, portalNow, timeZone, ...fields } = source.example;
  const account = accounts.find((candidate) => candidate.id === accountId);
  if (!account) throw new GuideSourceError(sourceFile, [`example.account: no account "${accountId}" in fixtures/accounts.ts (accounts: ${accounts.map((a) => a.id).join(', ')})`]);
  let example: ExampleBase;
  let expectedFigures: Record<string, string>;
  try {
    example = actions.example.resolve({ account, portalNow, timeZone }, fields);
    expectedFigures = actions.figures.expected(example);
  } catch (error) {
    throw new GuideSourceError(sourceFile, [(error as Error).message]);
  }
  const unexpected = actions.figures.names.filter((name) => expectedFigures[name] === undefined);
  if (unexpected.length > 0) throw new GuideSourceError(sourceFile, [`actions.ts declares figures with no expected value: ${unexpected.join(', ')}`]);
  return { slug, dir, sourceFile, source, actions, example, expectedFigures };
}

/** A guide's step headings by step id ("6. Enter the new totals"), for specs that walk the same journey. */
export function guideHeadings(slug: string, root = GUIDES_ROOT): Record<string, string> {
  return stepHeadings(loadGuide(slug, root).source);
}

function loadActions(dir: string, sourceFile: string): AnyGuideActions {
  const file = path.join(dir, ACTIONS_FILE);
  if (!existsSync(file)) throw new GuideSourceError(sourceFile, [`no ${ACTIONS_FILE} beside guide.yaml: each guide's steps are acted out by its own actions module (see scripts/guide/guide-actions.ts)`]);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const actions = (require(file) as { default?: AnyGuideActions }).default;
  if (!actions || typeof actions !== 'object' || !actions.steps || !actions.example || !actions.figures || !actions.pathValues) {
    throw new GuideSourceError(sourceFile, [`${ACTIONS_FILE} must \`export default defineGuide({ example, pathValues, figures, steps })\``]);
  }
  return actions;
}
