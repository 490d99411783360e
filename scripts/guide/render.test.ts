import { expect, test } from '../../tests/support/test';
import { loadGuide } from './catalog';
import { pinPdfDates } from './pdf';
import { generatedNotice, renderHtml, renderMarkdown, slug } from './render';

const guide = loadGuide('add-or-remove-hosted-services');
const source = guide.source;
const figures = guide.expectedFigures;
const notice = generatedNotice('guides/add-or-remove-hosted-services/guide.yaml');
const titleOf = (other: string) => `The guide "${other}"`;

test.describe('rendering the guide', () => {
  test('anchors follow GitHub\'s heading slugs', () => {
    expect(slug('3. Open Services › My Services')).toBe('3-open-services--my-services');
    expect(slug("4. View the domain's details")).toBe('4-view-the-domains-details');
    expect(slug('What is next?')).toBe('what-is-next');
  });

  test('the Markdown says it is generated, numbers the steps and fills every figure', () => {
    const markdown = renderMarkdown(source, figures, notice, titleOf);
    expect(markdown.startsWith(`<!-- ${notice} -->\n`)).toBe(true);
    expect(markdown).toContain('### 6. Enter the new totals\n');
    expect(markdown).toContain('In this example the domain has 2 mailboxes and needs 3, so you type 3.');
    expect(markdown).toContain('here +1 mailbox for 5 of 30 days, which comes to $1.66. The total due today is $1.66');
    expect(markdown).toContain('![The My Services list of domains, with the View Details button of contoso-dental.com outlined.](images/04-view-details.png)');
    expect(markdown).toContain('2. [Log in](#2-log-in)');
    expect(markdown).toContain('## What is next?\n\n- [Add and activate a new BES user](../add-and-activate-a-new-bes-user/README.md)\n');
    expect(markdown).toContain("go to your hosting provider's account management site, <https://client.exchangemailhosting.com/>.");
    expect(markdown).not.toMatch(/\{\{/);
  });

  test('an entry linking another guide is a relative link to its README, and to its guide.html in the HTML', () => {
    const linked = { ...source, whatIsNext: [{ guide: 'create-billing-contacts' }, { text: 'Add a BES user', guide: 'add-bes-user', anchor: '3-add-the-user' }] };
    const markdown = renderMarkdown(linked, figures, notice, titleOf);
    expect(markdown).toContain('## What is next?\n\n- [The guide "create-billing-contacts"](../create-billing-contacts/README.md)\n- [Add a BES user](../add-bes-user/README.md#3-add-the-user)\n');
    const html = renderHtml(markdown, source.title, notice);
    expect(html).toContain('<a href="../create-billing-contacts/guide.html">The guide &quot;create-billing-contacts&quot;</a>');
    expect(html).toContain('<a href="../add-bes-user/guide.html#3-add-the-user">Add a BES user</a>');
  });

  test('a figure missing from the run fails, naming the step and the field', () => {
    const { totalDue: _dropped, ...partial } = figures;
    expect(() => renderMarkdown(source, partial, notice, titleOf)).toThrow('step 7 "review-order" "text": {{totalDue}} has no figure from the run');
  });

  test('the HTML is self-contained: inline CSS and fonts, relative images with alt text, working anchors', () => {
    const markdown = renderMarkdown(source, figures, notice, titleOf);
    const html = renderHtml(markdown, source.title, notice);
    const [head, body] = html.split('</head>') as [string, string];
    expect(head).toContain(`<!-- ${notice} -->`);
    expect(body).not.toContain(notice);
    expect(html).toContain('<title>Add or Remove Hosted Services</title>');
    expect(html).toContain("src: url(data:font/woff2;base64,");
    expect(html).not.toMatch(/<link|<script|src="https?:/);
    // The one address on the web is the site's own, which step 1 names.
    expect([...html.matchAll(/href="(https?:[^"]*)"/g)].map((match) => match[1])).toEqual([source.siteUrl]);
    const images = [...html.matchAll(/<img src="([^"]+)" alt="([^"]*)"/g)];
    expect(images.map(([, src]) => src)).toEqual(source.steps.map((step) => `images/${step.image}`));
    for (const [, , alt] of images) expect(alt?.length).toBeGreaterThan(20);
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    const anchors = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    expect(anchors).toHaveLength(8);
    for (const anchor of anchors) expect(ids.has(anchor), `#${anchor}`).toBe(true);
    expect(html).toContain('<strong>Click to Continue</strong>');
  });

  test('each step (heading, text, screenshot) is one section, so print keeps it on one page', () => {
    const html = renderHtml(renderMarkdown(source, figures, notice, titleOf), source.title, notice);
    const sections = [...html.matchAll(/<section class="step">\n<h3 id="([^"]+)">[\s\S]*?<\/section>/g)];
    expect(sections.map((match) => match[1])).toEqual(source.steps.map((step, index) => slug(`${index + 1}. ${step.title}`)));
    for (const [section] of sections) expect(section.match(/<img /g)).toHaveLength(1);
    expect(html).toMatch(/<section class="step">[\s\S]*<\/section>\n<h2 id="what-is-next">/);
  });
});

test.describe('generated binaries stay put', () => {
  test('the PDF\'s print dates become the pinned instant, at the same length', () => {
    const pdf = Buffer.from("<</Producer (Skia/PDF m156)\n/CreationDate (D:20261126095922+00'00')\n/ModDate (D:20261126095922+00'00')>>", 'latin1');
    const pinned = pinPdfDates(pdf, '2026-11-26T15:00:00Z');
    expect(pinned.length).toBe(pdf.length);
    expect(pinned.toString('latin1')).toBe("<</Producer (Skia/PDF m156)\n/CreationDate (D:20261126150000+00'00')\n/ModDate (D:20261126150000+00'00')>>");
  });
});
