/**
 * The guides project's tests as Playwright's runner lists them and a worker
 * runs them (tests/guides/guides.spec.ts).
 *
 * The runner loads a spec only to list its tests, before it starts any
 * worker, and on a 2-core machine the other core waits meanwhile: every
 * module that listing loads, and every guide it reads, delays the first step
 * of every guide. So the list is made from the folder names and the images
 * committed beside them, with no YAML parser, walk or renderer loaded; each
 * guide is read, validated and its actions loaded by the worker that runs
 * its test, once.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Guide } from './catalog';
import { ACTIONS_FILE, GUIDES_ROOT, guideSlugs, IMAGES_DIR } from './guide-folders';

// require, not import(): Playwright's loader would take a dynamic import of a .ts file for an ES module.
const catalog = () => require('./catalog') as typeof import('./catalog');
/** What a guide's test runs (./guide-test.ts) and the index's (./index-page.ts), loaded by the worker. */
export const guideTest = () => require('./guide-test') as typeof import('./guide-test');
export const indexPage = () => require('./index-page') as typeof import('./index-page');

/**
 * The TypeScript only the workers load: the modules above and each guide's
 * actions.ts. A worker never saves what it compiles, so the runner's global
 * setup compiles these for it (tests/support/compile-portal.ts).
 */
export function workerModuleFiles(root = GUIDES_ROOT): string[] {
  const actions = guideSlugs(root).map((slug) => path.join(root, slug, ACTIONS_FILE)).filter((file) => existsSync(file));
  return [require.resolve('./guide-test'), require.resolve('./index-page'), ...actions];
}

/**
 * Every guide's slug, longest walk first: the workers take tests in this
 * order, and a long guide started last would keep one worker busy while the
 * other sits idle. A walk's length is its committed images, one per step,
 * counted without parsing the guide; a guide never generated counts as empty.
 */
export function slugsLongestFirst(root = GUIDES_ROOT): string[] {
  const steps = (slug: string) => {
    const images = path.join(root, slug, IMAGES_DIR);
    return existsSync(images) ? readdirSync(images).filter((name) => name.endsWith('.png')).length : 0;
  };
  return guideSlugs(root)
    .map((slug) => ({ slug, steps: steps(slug) }))
    .sort((a, b) => b.steps - a.steps || a.slug.localeCompare(b.slug))
    .map((entry) => entry.slug);
}

const loaded = new Map<string, Guide>();

/**
 * The guide under guides/<slug>/, read once per worker (its test's options
 * and its body both ask). A guide whose source is wrong throws its
 * GuideSourceError, which fails that guide's test alone.
 */
export function guideFor(slug: string): Guide {
  let guide = loaded.get(slug);
  if (!guide) loaded.set(slug, (guide = catalog().loadGuide(slug)));
  return guide;
}

type Provide<T> = (value: T) => Promise<void>;

/** The guide's exampleTestOptions (./catalog.ts) as fixtures, for test.use: worked out when its test starts, in the worker. */
export function exampleOptionsFor(slug: string) {
  const options = () => catalog().exampleTestOptions(guideFor(slug));
  return {
    portalNow: async ({}, use: Provide<string>) => use(options().portalNow),
    billingTimeZone: async ({}, use: Provide<string>) => use(options().billingTimeZone),
    timezoneId: async ({}, use: Provide<string>) => use(options().timezoneId),
  };
}
