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
 *   --shard <i/n>, --workers <n>, --retries <n>
 *                                passed on to Playwright (a failed walk is walked
 *                                once more, recording its trace, unless --retries=0)
 *
 * On a deployment (the suite's remote variables):
 *   PORTAL_URL=… PORTAL_EMAIL=… PORTAL_PASSWORD=… PORTAL_DOMAIN=… npm run guide -- --out <dir> [<slug> …]
 *                                photographs that portal into <dir>/<slug>/ (never
 *                                into guides/, which is the mock's), stopping at the
 *                                last step's moment of acting: it never pays
 *   --service <name>             the service to change, as the portal names it,
 *                                when the domain lacks the guide's (or PORTAL_SERVICE)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { remotePortal } from '../../tests/support/remote';
import { GUIDES_ROOT, guideSlugs } from './guide-folders';
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
      retries: { type: 'string' },
      out: { type: 'string' },
      service: { type: 'string' },
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
  const remote = remotePortal();
  if (remote && !values.out) {
    throw new Error(
      `PORTAL_URL is set, so this run would photograph ${remote.url}: say where its guide goes with --out <dir>.\nguides/ holds the guides photographed on the mock, which a run on a deployment never overwrites.`,
    );
  }
  if (values.service && !remote) throw new Error('--service names the service to change on a deployment: set PORTAL_URL (with PORTAL_EMAIL, PORTAL_PASSWORD and PORTAL_DOMAIN) too.');
  if (values.check && values.out) throw new Error('--check compares the committed guides under guides/; --out writes a guide elsewhere: use one or the other.');
  const outputRoot = values.out ? path.resolve(values.out) : GUIDES_ROOT;
  const env = {
    ...(values.out ? { GUIDE_OUTPUT_ROOT: outputRoot } : {}),
    ...(values.service ? { PORTAL_SERVICE: values.service } : {}),
  };
  const extraArgs = (['shard', 'workers', 'retries'] as const).flatMap((option) => (values[option] ? [`--${option}=${values[option]}`] : []));
  const started = performance.now();
  const relative = path.relative(process.cwd(), outputRoot);
  const where = relative.startsWith('..') ? outputRoot : relative || '.';
  const before = values.check ? undefined : digests(outputRoot);
  const which = positionals.length > 0 ? positionals.join(', ') : `every guide (${known.length})`;
  if (remote) console.log(`Photographing ${which} on ${remote.url} as ${remote.email}, into ${where}/ (the last step is photographed, never done: nothing is ordered or paid):`);
  else console.log(values.check ? `Checking ${which} against a fresh run of the portal:` : `Regenerating ${which} from a real run of the portal:`);
  const run = await runGuidesProject({ slugs: positionals, update: !values.check, extraArgs, env });
  if (before) console.log(describeChanges(before, digests(outputRoot), where));
  if (run.exitCode !== 0) {
    if (remote) return run.exitCode;
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
