/**
 * What made a guide's committed files, recorded beside its images
 * (images/made-with.json):
 *   - the browser build. Screenshots are exact only within one Chromium
 *     build: when the running browser differs, a screenshot failure says so,
 *     so the reader knows why before looking at pixels.
 *   - what guide.pdf was printed from (a digest of the HTML, the images, the
 *     browser build, the pinned date and the printing code) and the PDF's own
 *     digest. Printing is the same function of the same inputs, so when both
 *     digests hold, the committed PDF is what a new print would give and the
 *     run does not print it again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const MADE_WITH_FILE = 'made-with.json';

export interface MadeWith {
  /** e.g. "Chromium 156.0.8078.108" */
  readonly browser: string;
  readonly pdf?: {
    /** digest of everything the PDF is printed from */
    readonly from: string;
    /** digest of guide.pdf itself */
    readonly digest: string;
  };
}

export function browserBuild(version: string): string {
  return `Chromium ${version}`;
}

export function readMadeWith(imagesDir: string): MadeWith | undefined {
  const file = path.join(imagesDir, MADE_WITH_FILE);
  if (!existsSync(file)) return undefined;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<MadeWith>;
  return typeof parsed.browser === 'string' ? (parsed as MadeWith) : undefined;
}

/** "made with Chromium X, now Y", or undefined when the running browser is the one that made the images. */
export function browserChangeNote(recorded: MadeWith | undefined, running: string): string | undefined {
  if (!recorded || recorded.browser === running) return undefined;
  return `The committed images were made with ${recorded.browser}, now ${running}: screenshots match only within one browser build.`;
}

/** One digest of several parts (each hashed on its own, so no two lists of parts can run together). */
export function digestOf(...parts: readonly (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(createHash('sha256').update(part).digest());
  return hash.digest('hex');
}

/** True when `pdf` is the print of exactly these inputs, as recorded. */
export function pdfIsCurrent(recorded: MadeWith | undefined, printedFrom: string, pdf: Buffer | undefined): boolean {
  return !!pdf && recorded?.pdf?.from === printedFrom && recorded.pdf.digest === digestOf(pdf);
}

/** Records the running browser and the PDF's inputs after a regeneration; true when the file changed. */
export function writeMadeWith(imagesDir: string, record: MadeWith): boolean {
  const content = `${JSON.stringify(record, null, 2)}\n`;
  const file = path.join(imagesDir, MADE_WITH_FILE);
  if (existsSync(file) && readFileSync(file, 'utf8') === content) return false;
  mkdirSync(imagesDir, { recursive: true });
  writeFileSync(file, content);
  return true;
}
