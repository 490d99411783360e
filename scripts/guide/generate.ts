/**
 * `npm run guide`: regenerates every guide under guides/ (README.md,
 * guide.html, guide.pdf, images/) from its guide.yaml and a real run of the
 * mock portal, through the `guides` Playwright project; then says what changed.
 *   npm run guide -- <slug> …    only these guides (folder names under guides/)
 *   npm run guide -- --check     change nothing; fail if any guide differs from
 *                                a fresh run, and say how to open the review
 *   npm run guide -- --watch [<slug>]
 *                                live preview on http://127.0.0.1:$GUIDE_PREVIEW_PORT/
 *                                (default 4173), reloaded when guide.yaml changes
 *   --shard <i/n>, --workers <n> passed on to Playwright
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GUIDES_ROOT, guideSlugs } from './catalog';
import { describeChanges, digests } from './changes';
import { differingFiles, REPORT_DIR, runGuidesProject } from './run-project';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      check: { type: 'boolean', default: false },
      watch: { type: 'boolean', default: false },
      shard: { type: 'string' },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(readHelp());
    return 0;
  }
  const known = guideSlugs();
  const unknown = positionals.filter((slug) => !known.includes(slug));
  if (unknown.length > 0) throw new Error(`No guide ${unknown.map((slug) => `"${slug}"`).join(', ')} under guides/ (guides: ${known.join(', ')})`);
  if (values.watch) {
    const { startPreview } = await import('./preview/watch');
    await startPreview({ slug: watchedSlug(positionals, known) });
    return new Promise<number>(() => {});
  }
  const extraArgs = [...(values.shard ? [`--shard=${values.shard}`] : []), ...(values.workers ? [`--workers=${values.workers}`] : [])];
  const started = performance.now();
  const where = path.relative(process.cwd(), GUIDES_ROOT) || '.';
  const before = values.check ? undefined : digests(GUIDES_ROOT);
  const which = positionals.length > 0 ? positionals.join(', ') : `every guide (${known.length})`;
  console.log(values.check ? `Checking ${which} against a fresh run of the portal:` : `Regenerating ${which} from a real run of the portal:`);
  const run = await runGuidesProject({ slugs: positionals, update: !values.check, extraArgs });
  if (before) console.log(describeChanges(before, digests(GUIDES_ROOT), where));
  if (run.exitCode !== 0) {
    const files = differingFiles(run.errors, GUIDES_ROOT);
    if (values.check && files.length > 0) console.error(`\nThe committed guides differ from a fresh run:\n${files.map((file) => `  - ${file}`).join('\n')}\nIf the change is intended, run \`npm run guide\` and commit the result.`);
    console.error(`\nReview what changed (expected, actual and diff of each image; a line diff of each text):\n  npx playwright show-report ${path.relative(process.cwd(), REPORT_DIR) || '.'}\n  (the report: ${REPORT_DIR}/index.html)`);
    return run.exitCode;
  }
  console.log(values.check ? 'Every guide is up to date.' : `Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
}

function watchedSlug(positionals: readonly string[], known: readonly string[]): string {
  if (positionals.length === 1) return positionals[0]!;
  if (positionals.length === 0 && known.length === 1) return known[0]!;
  throw new Error(`--watch previews one guide: say which (guides: ${known.join(', ')})`);
}

function readHelp(): string {
  // The usage is this file's opening comment, so the two cannot disagree.
  return readFileSync(__filename, 'utf8').split('*/')[0]!.trimEnd().replace(/^\/\*\*?\s?/, '').replace(/^ \* ?/gm, '');
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`\n${error.message}`);
      process.exit(1);
    },
  );
}
