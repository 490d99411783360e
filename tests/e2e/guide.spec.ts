/**
 * The committed guide is what a fresh run of the portal produces: regenerate it
 * into a temporary folder (as `npm run guide -- --check` does) and compare,
 * then check the output a reader gets: eight screenshots, alt text on each,
 * every link and image reference resolving.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';
import { differingFiles } from '../../scripts/guide/outputs';
import { slug } from '../../scripts/guide/render';
import { GUIDE_DIR, loadGuideSource } from '../../scripts/guide/source';
import { expect, test } from '../support/test';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..');
/** The generator starts a portal and a browser and walks eight pages: ~10 s alone, more on a busy 2-core machine. */
const REGENERATION_TIMEOUT_MS = 120_000;

test.describe('the illustrated guide', () => {
  // One regeneration for the three checks: run them in one worker, in order, rather than fully parallel.
  test.describe.configure({ mode: 'default' });
  let outDir: string;
  let stdout: string;

  test.beforeAll(async () => {
    test.setTimeout(REGENERATION_TIMEOUT_MS);
    outDir = mkdtempSync(path.join(os.tmpdir(), 'guide-spec-'));
    // Seeded with the committed guide, so the "rewrite only what changed" rules apply as in a real run.
    cpSync(GUIDE_DIR, outDir, { recursive: true });
    ({ stdout } = await run(process.execPath, [require.resolve('tsx/cli'), 'scripts/guide/generate.ts', '--out', outDir], { cwd: ROOT, timeout: REGENERATION_TIMEOUT_MS }));
  });

  test.afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  test('regenerates one screenshot per step, eight in all', () => {
    const source = loadGuideSource();
    expect(source.steps).toHaveLength(8);
    const captured = stdout.split('\n').filter((line) => /^\s+\[\d\/8\] /.test(line));
    expect(captured).toHaveLength(8);
    const images = readdirSync(path.join(outDir, 'images')).sort();
    expect(images).toEqual(source.steps.map((step) => step.image).sort());
    for (const image of images) {
      const png = PNG.sync.read(readFileSync(path.join(outDir, 'images', image)));
      expect(png.width, image).toBe(1280);
    }
  });

  test('every image has alt text and every link and image reference resolves', () => {
    const markdown = readFileSync(path.join(outDir, 'README.md'), 'utf8');
    const html = readFileSync(path.join(outDir, 'guide.html'), 'utf8');
    const markdownImages = [...markdown.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)];
    const htmlImages = [...html.matchAll(/<img\b[^>]*>/g)].map(([tag]) => ({ src: /src="([^"]*)"/.exec(tag)?.[1], alt: /alt="([^"]*)"/.exec(tag)?.[1] }));
    expect(markdownImages).toHaveLength(8);
    expect(htmlImages).toHaveLength(8);
    for (const [, alt, src] of markdownImages) {
      expect(alt?.trim(), `alt text of ${src}`).not.toBe('');
      expect(existsSync(path.join(outDir, src!)), src).toBe(true);
    }
    for (const { src, alt } of htmlImages) {
      expect(alt?.trim(), `alt text of ${src}`).toBeTruthy();
      expect(existsSync(path.join(outDir, src!)), src).toBe(true);
    }

    const markdownAnchors = new Set([...markdown.matchAll(/^#+ (.+)$/gm)].map(([, heading]) => slug(heading!)));
    const markdownLinks = [...markdown.matchAll(/(?<!!)\[[^\]]*\]\(([^)]+)\)/g)].map(([, target]) => target!);
    const htmlIds = new Set([...html.matchAll(/ id="([^"]+)"/g)].map(([, id]) => id));
    const htmlLinks = [...html.matchAll(/<a\b[^>]*href="([^"]*)"/g)].map(([, target]) => target!);
    expect(markdownLinks.length).toBeGreaterThan(0);
    for (const target of markdownLinks) expectResolves(target, (anchor) => markdownAnchors.has(anchor));
    for (const target of htmlLinks) expectResolves(target, (anchor) => htmlIds.has(anchor));
  });

  test('no drift: the committed guide equals the regenerated one', () => {
    expect(differingFiles(GUIDE_DIR, outDir), 'run `npm run guide` and commit the result').toEqual([]);
  });

  function expectResolves(target: string, hasAnchor: (anchor: string) => boolean): void {
    if (target.startsWith('#')) expect(hasAnchor(target.slice(1)), `link ${target}`).toBe(true);
    else expect(existsSync(path.join(outDir, target.split('#')[0]!)), `link ${target}`).toBe(true);
  }
});
