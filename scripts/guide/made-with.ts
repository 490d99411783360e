/**
 * Which browser build made a guide's committed images, recorded beside them
 * (images/made-with.json). Screenshots are exact only within one Chromium
 * build: when the running browser differs, a screenshot failure says so, so
 * the reader knows why before looking at pixels.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const MADE_WITH_FILE = 'made-with.json';

export interface MadeWith {
  /** e.g. "Chromium 156.0.8078.108" */
  readonly browser: string;
}

export function browserBuild(version: string): string {
  return `Chromium ${version}`;
}

export function readMadeWith(imagesDir: string): MadeWith | undefined {
  const file = path.join(imagesDir, MADE_WITH_FILE);
  if (!existsSync(file)) return undefined;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<MadeWith>;
  return typeof parsed.browser === 'string' ? { browser: parsed.browser } : undefined;
}

/** "made with Chromium X, now Y", or undefined when the running browser is the one that made the images. */
export function browserChangeNote(recorded: MadeWith | undefined, running: string): string | undefined {
  if (!recorded || recorded.browser === running) return undefined;
  return `The committed images were made with ${recorded.browser}, now ${running}: screenshots match only within one browser build.`;
}

/** Records the running browser after a regeneration; true when the file changed. */
export function writeMadeWith(imagesDir: string, running: string): boolean {
  const content = `${JSON.stringify({ browser: running } satisfies MadeWith, null, 2)}\n`;
  const file = path.join(imagesDir, MADE_WITH_FILE);
  if (existsSync(file) && readFileSync(file, 'utf8') === content) return false;
  mkdirSync(imagesDir, { recursive: true });
  writeFileSync(file, content);
  return true;
}
