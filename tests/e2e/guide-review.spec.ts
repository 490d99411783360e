/**
 * A writer's review of a regenerated guide, run as a writer runs it, on a
 * temporary copy of the repository: `npm run guide` on an unchanged portal
 * rewrites nothing; a visible change (the page background tinted) fails
 * `--check`, naming every changed image, with an HTML report whose image
 * diffs load; and the plain `playwright test` of `npm test` never writes an
 * expected file, and finds a PDF edited by hand.
 */
import { createReadStream, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { digests, changes } from '../../scripts/guide/changes';
import { guideSlugs, loadGuide } from '../../scripts/guide/catalog';
import { titlePattern } from '../../scripts/guide/run-project';
import { copyRepo, type RepoCopy } from '../support/repo-copy';
import { expect, test } from '../support/test';

/** The main article: all eight steps, the payment and the PDF. */
const SLUG = 'add-or-remove-hosted-services';
/** The shortest guide: what a failed check and `npm test` do with a guide is the same for every guide. */
const SHORT_SLUG = 'create-billing-control-panel-contacts';
const imagesOf = (slug: string) => loadGuide(slug).source.steps.map((step) => `guides/${slug}/images/${step.image}`);
const SHORT_IMAGES = imagesOf(SHORT_SLUG);
/** The summary after a run counts every image under guides/, whichever guides the run walked. */
const ALL_IMAGES = guideSlugs().flatMap(imagesOf).sort();
/** A guide run walks the portal in a fresh Playwright run: ~15 s alone, far more on a loaded 2-core machine. */
const GUIDE_RUN_TIMEOUT_MS = 240_000;

test.describe('reviewing a regenerated guide', { tag: '@mock' }, () => {
  test.describe.configure({ timeout: GUIDE_RUN_TIMEOUT_MS + 60_000 });
  let copy: RepoCopy;
  test.beforeEach(() => {
    copy = copyRepo();
  });
  test.afterEach(() => copy.dispose());

  // One guide is regenerated: every guide is already compared with its committed files, at the same threshold, by
  // the guides project in this very run, so walking all of them here would add a walk per guide to every npm test
  // for nothing more. What only this run shows is that the regeneration's rewriting leaves an unchanged guide as it is.
  test('npm run guide on an unchanged portal changes no file', async () => {
    const before = digests(path.join(copy.root, 'guides'));
    expect(before.size).toBeGreaterThanOrEqual(ALL_IMAGES.length + 4);
    const run = await copy.run('scripts/guide/cli.cjs', [SLUG], { timeoutMs: GUIDE_RUN_TIMEOUT_MS });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`Regenerating ${SLUG} from a real run of the portal:`);
    expect(changes(before, digests(path.join(copy.root, 'guides')))).toEqual([]);
    expect(run.stdout).toContain('Nothing changed in guides/.');
    expect(run.stdout).toContain(`Images: ${ALL_IMAGES.length} unchanged, 0 changed, 0 new, 0 removed.`);
  });

  // One guide is checked, as a writer checks the guide they work on: every page it shows is tinted, and the
  // threshold is the project's, for every guide alike.
  test('a tinted page background fails --check of a guide, naming every image, and the report shows expected, actual and diff', async ({ page }) => {
    const css = path.join(copy.root, 'mock-portal/public/portal.css');
    const original = readFileSync(css, 'utf8');
    expect(original).toContain('--page: #f3f5f8;');
    writeFileSync(css, original.replace('--page: #f3f5f8;', '--page: #fff3d6;'));
    // The committed images claim another build, so the failure must say why the images may differ.
    writeFileSync(path.join(copy.root, `guides/${SHORT_SLUG}/images/made-with.json`), '{ "browser": "Chromium 1.0.0.0" }\n');
    const before = digests(path.join(copy.root, 'guides'));

    // --retries=0: the failure is what this test is about; a second walk would only double its time.
    const run = await copy.run('scripts/guide/cli.cjs', ['--check', '--retries=0', SHORT_SLUG], { timeoutMs: GUIDE_RUN_TIMEOUT_MS });
    const output = run.stdout + run.stderr;
    expect(run.code, output).not.toBe(0);
    const listed = output.split('The committed guides differ from a fresh run:\n')[1]?.split('\nIf the change is intended')[0];
    expect(listed?.split('\n')).toEqual([...SHORT_IMAGES].sort().map((image) => `  - ${image}`));
    expect(output).toMatch(/The committed images were made with Chromium 1\.0\.0\.0, now Chromium \d+\.\d+\.\d+\.\d+/);
    expect(output).toContain('npx playwright show-report guide-report');
    expect(output).toContain(`(the report: ${path.join(copy.root, 'guide-report')}/index.html)`);
    // --check changes nothing.
    expect(changes(before, digests(path.join(copy.root, 'guides')))).toEqual([]);

    const reportDir = path.join(copy.root, 'guide-report');
    expect(existsSync(path.join(reportDir, 'index.html'))).toBe(true);
    await test.step('the review: the report, served and opened in Chromium', async () => {
      const server = await serveFolder(reportDir);
      try {
        await page.goto(server.url);
        await page.getByRole('link', { name: SHORT_SLUG, exact: true }).click();
        const mismatches = page.getByRole('button', { name: /^Image mismatch: / });
        await expect(mismatches).toHaveCount(SHORT_IMAGES.length);
        // The first step's image: its region holds the tabs, the image shown and links to the three files.
        const stem = path.basename(SHORT_IMAGES[0]!, '.png');
        const region = page.getByRole('region').filter({ has: page.getByRole('link', { name: `${SHORT_SLUG}/images/${stem}-diff.png`, exact: true }) });
        await expect(region).toHaveCount(1);
        for (const view of ['Diff', 'Actual', 'Expected'] as const) {
          await region.getByRole('tab', { name: view, exact: true }).click();
          const image = region.getByRole('img', { name: view, exact: true });
          await expect(image).toBeVisible();
          await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth), `the ${view} image loaded`).toBe(1280);
        }
      } finally {
        await server.close();
      }
    });
  });

  test('npm test never writes an expected file: a missing README.md and a hand-edited PDF fail there and stay as they are', async () => {
    const readme = path.join(copy.root, 'guides', SHORT_SLUG, 'README.md');
    rmSync(readme);
    // One byte of the PDF changed: what the PDF was printed from is unchanged, so only its own digest tells.
    const pdfFile = path.join(copy.root, 'guides', SHORT_SLUG, 'guide.pdf');
    const pdf = readFileSync(pdfFile);
    const middle = Math.floor(pdf.length / 2);
    pdf[middle] = pdf[middle]! ^ 0x01;
    writeFileSync(pdfFile, pdf);
    const before = digests(path.join(copy.root, 'guides'));
    // What `npm test` runs, limited to this guide's test: the config alone decides whether snapshots are written.
    const run = await copy.run(require.resolve('@playwright/test/cli'), ['test', '--project=guides', '--retries=0', `--grep=${titlePattern([SHORT_SLUG])}`, '--reporter=line', `--output=${path.join(copy.root, 'test-results')}`], { timeoutMs: GUIDE_RUN_TIMEOUT_MS });
    expect(run.code, run.stdout + run.stderr).not.toBe(0);
    expect(run.stdout).toContain(`A snapshot doesn't exist at ${readme}.`);
    expect(run.stdout).toContain(`Snapshot: ${SHORT_SLUG}/guide.pdf`);
    expect(existsSync(readme)).toBe(false);
    expect(changes(before, digests(path.join(copy.root, 'guides')))).toEqual([]);
  });
});

/** The report's folder over HTTP on a free loopback port, as `npx playwright show-report` serves it. */
async function serveFolder(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const types: Record<string, string> = { '.html': 'text/html', '.png': 'image/png', '.js': 'text/javascript', '.css': 'text/css', '.zip': 'application/zip' };
  const server: Server = createServer((req, res) => {
    const relative = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname).replace(/\/$/, '/index.html');
    const file = path.join(root, path.normalize(relative));
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    // A folder or an unreadable file ends the response, rather than leaving it open for close() to wait on.
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    // The browser still showing the report keeps its connections open (keep-alive, preconnected sockets), and
    // close() alone waits for every one of them: end them, as the project's other test servers do.
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
