import { crc32 } from 'node:zlib';
import { expect, test } from '../../tests/support/test';
import { expectedFigures } from './figures';
import { pngText, withPngText } from './images';
import { pinPdfDates } from './pdf';
import { generatedNotice, renderHtml, renderMarkdown, slug } from './render';
import { loadGuideSource } from './source';

const source = loadGuideSource();
const figures = expectedFigures(source.example);
const notice = generatedNotice('guides/add-or-remove-hosted-services/guide.yaml');

test.describe('rendering the guide', () => {
  test('anchors follow GitHub\'s heading slugs', () => {
    expect(slug('3. Open Services › My Services')).toBe('3-open-services--my-services');
    expect(slug("4. View the domain's details")).toBe('4-view-the-domains-details');
    expect(slug('What is next?')).toBe('what-is-next');
  });

  test('the Markdown says it is generated, numbers the steps and fills every figure', () => {
    const markdown = renderMarkdown(source, figures, notice);
    expect(markdown.startsWith(`<!-- ${notice} -->\n`)).toBe(true);
    expect(markdown).toContain('### 6. Enter the new totals\n');
    expect(markdown).toContain('In this example the domain has 2 mailboxes and needs 3, so you type 3.');
    expect(markdown).toContain('here +1 mailbox for 5 of 30 days, which comes to $1.66. The total due today is $1.66');
    expect(markdown).toContain('![The My Services list of domains, with the View Details button of contoso-dental.com outlined.](images/04-view-details.png)');
    expect(markdown).toContain('2. [Log in](#2-log-in)');
    expect(markdown).toContain('## What is next?\n\n- Add and activate a new BES user');
    expect(markdown).not.toMatch(/\{\{/);
  });

  test('a figure missing from the run fails, naming the step and the field', () => {
    const { totalDue: _dropped, ...partial } = figures;
    expect(() => renderMarkdown(source, partial, notice)).toThrow('step 7 "review-order" "text": {{totalDue}} has no figure from the run');
  });

  test('the HTML is self-contained: inline CSS and fonts, relative images with alt text, working anchors', () => {
    const markdown = renderMarkdown(source, figures, notice);
    const html = renderHtml(markdown, source.title, notice);
    expect(html).toContain(`<!-- ${notice} -->`);
    expect(html).toContain('<title>Add or Remove Hosted Services</title>');
    expect(html).toContain("src: url(data:font/woff2;base64,");
    expect(html).not.toMatch(/<link|<script|(?:src|href)="https?:/);
    const images = [...html.matchAll(/<img src="([^"]+)" alt="([^"]*)"/g)];
    expect(images.map(([, src]) => src)).toEqual(source.steps.map((step) => `images/${step.image}`));
    for (const [, , alt] of images) expect(alt?.length).toBeGreaterThan(20);
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    const anchors = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    expect(anchors).toHaveLength(8);
    for (const anchor of anchors) expect(ids.has(anchor), `#${anchor}`).toBe(true);
    expect(html).toContain('<strong>Click to Continue</strong>');
  });
});

test.describe('generated binaries stay put', () => {
  test('the PDF\'s print dates become the pinned instant, at the same length', () => {
    const pdf = Buffer.from("<</Producer (Skia/PDF m156)\n/CreationDate (D:20261126095922+00'00')\n/ModDate (D:20261126095922+00'00')>>", 'latin1');
    const pinned = pinPdfDates(pdf, '2026-11-26T15:00:00Z');
    expect(pinned.length).toBe(pdf.length);
    expect(pinned.toString('latin1')).toBe("<</Producer (Skia/PDF m156)\n/CreationDate (D:20261126150000+00'00')\n/ModDate (D:20261126150000+00'00')>>");
  });

  test('a screenshot carries its origin in a PNG text chunk', () => {
    // The smallest PNG: signature, IHDR (1×1 greyscale), IEND; IDAT is irrelevant to chunk walking.
    const chunk = (type: string, data: Buffer) => {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(data.length);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])));
      return Buffer.concat([length, Buffer.from(type, 'latin1'), data, crc]);
    };
    const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0])), chunk('IEND', Buffer.alloc(0))]);
    expect(pngText(png)).toBeUndefined();
    const tagged = withPngText(png, 'Screenshot of step 1 "open-site".');
    expect(pngText(tagged)).toBe('Screenshot of step 1 "open-site".');
    expect(() => withPngText(png, 'Services › My Services')).toThrow(/plain ASCII/);
  });
});
