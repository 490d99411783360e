/**
 * guide.pdf: Chromium prints guide.html. Chromium stamps the PDF with the time
 * of printing (/CreationDate and /ModDate); those are replaced with the
 * guide's pinned instant, so an unchanged guide prints to identical bytes,
 * wherever it is printed (links to other guides print as their words).
 */
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';

/**
 * Prints the guide's HTML as it would open from `guideDir` (its images are
 * relative, under images/), without writing the HTML there first: in a
 * check run the committed guide.html must stay as it is.
 */
export async function printPdf(context: BrowserContext, html: string, guideDir: string, pinnedInstant: string): Promise<Buffer> {
  const page = await context.newPage();
  try {
    // The document takes the folder's file:// address, so images/… resolve as they do for guide.html.
    await page.goto(pathToFileURL(`${guideDir}/`).href);
    await page.setContent(html, { waitUntil: 'load' });
    await unlinkLocalFiles(page);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
      printBackground: true,
      // No header or footer: Chromium's default ones print the date and the file's path.
      displayHeaderFooter: false,
    });
    return pinPdfDates(pdf, pinnedInstant);
  } finally {
    await page.close();
  }
}

/**
 * A link to another guide is relative (../<slug>/guide.html) and Chromium
 * prints every link absolute: as file:///<wherever this ran>/…, which leads
 * nowhere for a reader and differs on every machine. In the PDF such a link
 * is its words only; links within the guide (#…) and to the web stay links.
 */
async function unlinkLocalFiles(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const link of document.querySelectorAll('a[href]')) {
      const href = link.getAttribute('href')!;
      if (href.startsWith('#') || href.startsWith('https://')) continue;
      link.replaceWith(...link.childNodes);
    }
  });
}

/**
 * Rewrites every PDF date string (D:YYYYMMDDHHmmSS…) as the pinned instant.
 * The replacement has exactly the original's length, so the cross-reference
 * table's byte offsets stay right.
 */
export function pinPdfDates(pdf: Buffer, pinnedInstant: string): Buffer {
  const pinned = new Date(pinnedInstant).toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const text = pdf.toString('latin1');
  const rewritten = text.replace(/\/(CreationDate|ModDate) \(D:(\d{14})([^)]*)\)/g, (_whole, key: string, _digits: string, zone: string) => {
    // Chromium writes the local offset ("+00'00'"); the pinned instant is UTC.
    const utc = zone.length >= 7 ? "+00'00'".padEnd(zone.length, ' ') : 'Z'.padEnd(zone.length, ' ').slice(0, zone.length);
    return `/${key} (D:${pinned}${utc})`;
  });
  return Buffer.from(rewritten, 'latin1');
}
