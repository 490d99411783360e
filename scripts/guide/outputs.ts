/**
 * Writing the guide's files without churn, and comparing two copies of the
 * guide for `--check`. A file is rewritten only when its content changes
 * (images: when they look different, see images.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { IMAGES_DIR } from './render';

export type FileVerdict = 'new' | 'changed' | 'unchanged' | 'removed';

export function writeIfChanged(file: string, content: string | Buffer): FileVerdict {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const before = existsSync(file) ? readFileSync(file) : undefined;
  if (before?.equals(bytes)) return 'unchanged';
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return before ? 'changed' : 'new';
}

/** Images the source no longer names are generated leftovers: removed, and reported. */
export function removeStaleImages(outDir: string, keep: ReadonlySet<string>): string[] {
  const dir = path.join(outDir, IMAGES_DIR);
  if (!existsSync(dir)) return [];
  const stale = readdirSync(dir).filter((name) => name.endsWith('.png') && !keep.has(name));
  for (const name of stale) rmSync(path.join(dir, name));
  return stale.map((name) => `${IMAGES_DIR}/${name}`);
}

/** The generated files of a guide folder, relative to it (the source, guide.yaml, is not generated). */
export function generatedFiles(dir: string): string[] {
  const top = ['README.md', 'guide.html', 'guide.pdf'].filter((name) => existsSync(path.join(dir, name)));
  const imagesDir = path.join(dir, IMAGES_DIR);
  const images = existsSync(imagesDir) ? readdirSync(imagesDir).filter((name) => name.endsWith('.png')).sort().map((name) => `${IMAGES_DIR}/${name}`) : [];
  return [...top, ...images];
}

/** Files that differ between the committed guide and a fresh regeneration, with how. */
export function differingFiles(committedDir: string, regeneratedDir: string): string[] {
  const committed = new Set(generatedFiles(committedDir));
  const regenerated = new Set(generatedFiles(regeneratedDir));
  const differences: string[] = [];
  for (const file of [...new Set([...committed, ...regenerated])].sort()) {
    if (!committed.has(file)) differences.push(`${file} (missing from the committed guide)`);
    else if (!regenerated.has(file)) differences.push(`${file} (no longer generated)`);
    else if (!readFileSync(path.join(committedDir, file)).equals(readFileSync(path.join(regeneratedDir, file)))) differences.push(`${file} (out of date)`);
  }
  return differences;
}
