/**
 * The body of one guide's test in the `guides` Playwright project: walk the
 * guide (each step a test.step titled with its heading), compare each step's
 * screenshot with the committed image, and compare README.md, guide.html and
 * guide.pdf, rendered from the figures this run read, with the committed ones.
 *
 * Playwright does the comparing and, under --update-snapshots=changed, the
 * rewriting of what differs; its HTML report is the writer's review. Every
 * comparison is soft, so one run names every image and file that differs.
 * Outputs go where the project's snapshotPathTemplate points:
 * guides/<slug>/…, or GUIDE_OUTPUT_ROOT/<slug>/… when a run must not touch
 * the committed guide.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from '../../tests/support/test';
import { IMAGES_DIR, type Guide } from './catalog';
import type { Framing } from './capture';
import type { WalkTarget } from './guide-actions';
import { browserBuild, browserChangeNote, digestOf, pdfIsCurrent, readMadeWith, writeMadeWith } from './made-with';
import { printPdf } from './pdf';
import { generatedNotice, renderHtml, renderMarkdown, titleOfGuide } from './render';
import { hiddenTextIn } from '../../tests/support/personal-data';
import { deploymentTarget, mockTarget, WALK_ATTACHMENT, walkGuide } from './walk';

export { deploymentTarget, mockTarget };

export async function photographGuide(page: Page, guide: Guide, target: WalkTarget, testInfo: TestInfo): Promise<void> {
  const { slug, source } = guide;
  const outDir = path.dirname(testInfo.snapshotPath(slug, 'README.md'));
  const imagesDir = path.join(outDir, IMAGES_DIR);
  const running = browserBuild(page.context().browser()!.version());
  const recorded = readMadeWith(imagesDir);
  const browserNote = browserChangeNote(recorded, running);
  if (browserNote) testInfo.annotations.push({ type: 'browser', description: browserNote });

  const walk = await walkGuide(page, guide, target, {
    step: (heading, body) => test.step(heading, body),
    async photograph(step, _index, framing) {
      // Chromium encodes the same pixels to the same PNG bytes, so an unchanged step is known from one capture
      // and a byte comparison; toHaveScreenshot would decode both images and compare them pixel by pixel.
      // Anything else (a changed step, a new one) is toHaveScreenshot's: its diff in the report, its rewrite.
      if (await capturesAsCommitted(page, framing, testInfo.snapshotPath(slug, IMAGES_DIR, step.image))) return;
      // The assertion takes its stylesheet from a file, not a string.
      const { style, ...options } = framing;
      const stylePath = testInfo.outputPath(`${path.parse(step.image).name}.outline.css`);
      writeFileSync(stylePath, style);
      await expect.soft(page, browserNote).toHaveScreenshot([slug, IMAGES_DIR, step.image], { ...options, stylePath });
    },
  });
  // The figures the text quotes, and what the elements were named: the preview re-renders text edits from these.
  // Never what the masks hid: that is the account's personal data, kept in memory only.
  const { hidden: _personal, ...record } = walk;
  await testInfo.attach(WALK_ATTACHMENT, { body: `${JSON.stringify(record, null, 2)}\n`, contentType: 'application/json' });

  const pdfFile = path.join(outDir, 'guide.pdf');
  let printedFrom = '';
  await test.step('README.md, guide.html and guide.pdf', async () => {
    const notice = generatedNotice(`guides/${slug}/guide.yaml`);
    // On a deployment the guide ends where the walk stopped, at a step whose act would change the account.
    const shown = walk.walked === source.steps.length ? source : { ...source, steps: source.steps.slice(0, walk.walked) };
    if (shown !== source) {
      const last = shown.steps.at(-1)!;
      testInfo.annotations.push({ type: 'deployment', description: `photographed up to step ${walk.walked} "${last.id}", whose act changes the account; later steps are left out of this guide` });
      console.log(`guides/${slug} on a deployment: steps ${walk.walked + 1}–${source.steps.length} left out; step ${walk.walked} "${last.id}" would change the account.`);
    }
    const markdown = renderMarkdown(shown, walk.figures, notice, titleOfGuide);
    if (target.deployment) expect(leaksOnDeployment(markdown, walk.hidden, target.deployment.url), `guides/${slug}: the text and alt text of a guide photographed on a deployment`).toEqual([]);
    expect.soft(markdown).toMatchSnapshot([slug, 'README.md']);
    const html = renderHtml(markdown, source.title, notice);
    expect.soft(html).toMatchSnapshot([slug, 'guide.html']);
    const images = shown.steps.map((step) => path.join(imagesDir, step.image)).map((file) => (existsSync(file) ? readFileSync(file) : ''));
    printedFrom = digestOf(html, ...images, running, source.example.portalNow, readFileSync(PDF_CODE));
    if (pdfIsCurrent(recorded, printedFrom, existsSync(pdfFile) ? readFileSync(pdfFile) : undefined)) {
      testInfo.annotations.push({ type: 'guide.pdf', description: 'printed from this very HTML, these images and this browser: the committed PDF stands, not printed again' });
    } else {
      expect.soft(await printPdf(page.context(), html, outDir, source.example.portalNow)).toMatchSnapshot([slug, 'guide.pdf']);
    }
  });

  const named = new Set(source.steps.slice(0, walk.walked).map((step) => step.image));
  const stale = existsSync(imagesDir) ? readdirSync(imagesDir).filter((name) => name.endsWith('.png') && !named.has(name)) : [];
  if (testInfo.config.updateSnapshots === 'none') {
    expect.soft(stale, `images no step of guides/${slug}/guide.yaml names any more`).toEqual([]);
  } else {
    for (const name of stale) rmSync(path.join(imagesDir, name));
    writeMadeWith(imagesDir, { browser: running, pdf: { from: printedFrom, digest: digestOf(readFileSync(pdfFile)) } });
  }
}

async function capturesAsCommitted(page: Page, framing: Framing, committed: string): Promise<boolean> {
  if (!existsSync(committed)) return false;
  return (await page.screenshot(framing)).equals(readFileSync(committed));
}

/**
 * On a deployment the Markdown (its text and every image's alt text, which
 * guide.html and guide.pdf are rendered from) must not repeat what the masks
 * hid (the account's email, phone, address, names) nor name the deployment's
 * address: the guide names the public site (siteUrl) instead.
 */
export function leaksOnDeployment(markdown: string, hidden: readonly string[], url: string): string[] {
  const host = new URL(url).host;
  const leaks = hiddenTextIn(markdown, hidden).map((occurrence) => `the ${occurrence.kind} a mask hid, "${occurrence.found}"`);
  if (markdown.includes(host)) leaks.push(`the deployment's address (${host}), which PORTAL_URL names`);
  return leaks;
}

/** The printing code is an input of the PDF too: a change to it prints again. */
const PDF_CODE = path.join(__dirname, 'pdf.ts');
