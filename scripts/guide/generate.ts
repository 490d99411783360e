/**
 * `npm run guide`: regenerates guides/add-or-remove-hosted-services/ (README.md,
 * guide.html, guide.pdf, images/) from guide.yaml and a real run of the portal.
 *   --check          regenerate into a temporary folder; fail, listing the files,
 *                    if the committed guide is out of date
 *   --only <id>      photograph only this step (repeatable); all steps are still checked
 *   --out <dir>      write somewhere else than the guide's folder
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareImage, withPngText } from './images';
import { differingFiles, removeStaleImages, writeIfChanged, type FileVerdict } from './outputs';
import { printPdf } from './pdf';
import { generatedNotice, IMAGES_DIR, renderHtml, renderMarkdown } from './render';
import { GUIDE_DIR, GUIDE_SOURCE, loadGuideSource, stepHeadings } from './source';
import { openSession, walkJourney } from './walk';

const REPO_ROOT = path.join(__dirname, '..', '..');

export interface GenerateOptions {
  readonly sourceFile?: string;
  readonly outDir?: string;
  readonly only?: readonly string[];
  readonly log?: (line: string) => void;
}

export interface GenerateReport {
  readonly files: Readonly<Record<string, FileVerdict>>;
  readonly seconds: number;
}

export async function generateGuide(options: GenerateOptions = {}): Promise<GenerateReport> {
  const started = performance.now();
  const log = options.log ?? console.log;
  const sourceFile = options.sourceFile ?? GUIDE_SOURCE;
  const outDir = options.outDir ?? GUIDE_DIR;
  const source = loadGuideSource(sourceFile);
  const unknown = (options.only ?? []).filter((id) => !source.steps.some((step) => step.id === id));
  if (unknown.length > 0) throw new Error(`--only: no step ${unknown.map((id) => `"${id}"`).join(', ')} (steps: ${source.steps.map((step) => step.id).join(', ')})`);
  const notice = generatedNotice(path.relative(REPO_ROOT, sourceFile).split(path.sep).join('/'));
  const headings = stepHeadings(source);
  const files: Record<string, FileVerdict> = {};

  const portalLog: string[] = [];
  const session = await openSession(source, portalLog);
  try {
    const figures = await walkJourney(session, source, {
      only: options.only?.length ? new Set(options.only) : undefined,
      onCapture(step, index, capture) {
        const relative = `${IMAGES_DIR}/${step.image}`;
        // PNG text is Latin-1, so the step is named by number and id rather than by its title.
        const comment = `Screenshot of step ${index + 1} "${step.id}". ${notice}`;
        const png = withPngText(capture, comment);
        const file = path.join(outDir, relative);
        const verdict = compareImage(file, png, comment);
        if (verdict !== 'unchanged') writeIfChanged(file, png);
        files[relative] = verdict;
        log(`  [${index + 1}/${source.steps.length}] ${headings[step.id]}  →  ${relative} (${verdict})`);
      },
    });
    for (const stale of removeStaleImages(outDir, new Set(source.steps.map((step) => step.image)))) files[stale] = 'removed';

    const markdown = renderMarkdown(source, figures, notice);
    files['README.md'] = writeIfChanged(path.join(outDir, 'README.md'), markdown);
    const htmlFile = path.join(outDir, 'guide.html');
    files['guide.html'] = writeIfChanged(htmlFile, renderHtml(markdown, source.title, notice));
    files['guide.pdf'] = writeIfChanged(path.join(outDir, 'guide.pdf'), await printPdf(session.context, htmlFile, source.example.portalNow));
  } catch (error) {
    if (portalLog.length > 0) log(`Portal log:\n${portalLog.map((line) => `  ${line}`).join('\n')}`);
    throw error;
  } finally {
    await session.close();
  }
  return { files, seconds: (performance.now() - started) / 1000 };
}

function summary(report: GenerateReport, outDir: string): string {
  const changed = Object.entries(report.files).filter(([, verdict]) => verdict !== 'unchanged');
  const where = path.relative(process.cwd(), outDir) || '.';
  const lines = [changed.length === 0 ? `Nothing changed in ${where}/.` : `Changed in ${where}/:`];
  for (const [file, verdict] of changed) lines.push(`  ${verdict.padEnd(9)} ${file}`);
  const images = Object.entries(report.files).filter(([file]) => file.startsWith(`${IMAGES_DIR}/`));
  lines.push(`Images: ${images.filter(([, v]) => v === 'unchanged').length} unchanged, ${images.filter(([, v]) => v === 'changed').length} changed, ${images.filter(([, v]) => v === 'new').length} new.`);
  lines.push(`Outputs: ${['README.md', 'guide.html', 'guide.pdf', `${IMAGES_DIR}/`].map((file) => path.join(where, file)).join(', ')}`);
  lines.push(`Done in ${report.seconds.toFixed(1)} s.`);
  return lines.join('\n');
}

async function check(only: readonly string[]): Promise<number> {
  const temporary = mkdtempSync(path.join(os.tmpdir(), 'guide-check-'));
  // Start from the committed guide so the same "rewrite only what changed" rules apply as in a normal run.
  cpSync(GUIDE_DIR, temporary, { recursive: true });
  console.log(`Regenerating into ${temporary} to compare with ${path.relative(process.cwd(), GUIDE_DIR)}/ …`);
  try {
    await generateGuide({ outDir: temporary, only });
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  const differences = differingFiles(GUIDE_DIR, temporary);
  if (differences.length === 0) {
    rmSync(temporary, { recursive: true, force: true });
    console.log('The committed guide is up to date.');
    return 0;
  }
  console.error(`The committed guide is out of date; run \`npm run guide\` and commit the result.\nDiffering files (fresh copies kept in ${temporary}):`);
  for (const difference of differences) console.error(`  - ${difference}`);
  return 1;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      only: { type: 'string', multiple: true, default: [] },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(readHelp());
    return 0;
  }
  if (values.check) return check(values.only);
  const outDir = values.out ? path.resolve(values.out) : GUIDE_DIR;
  console.log(`Regenerating the guide from ${path.relative(process.cwd(), GUIDE_SOURCE)} with a real run of the portal:`);
  const report = await generateGuide({ outDir, only: values.only });
  console.log(summary(report, outDir));
  return 0;
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
