/** What a regeneration changed under guides/: every file's digest before and after the run. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type Digests = ReadonlyMap<string, string>;
export type Change = 'new' | 'changed' | 'removed';

/** Every file under `root`, by path relative to it. */
export function digests(root: string): Digests {
  const found = new Map<string, string>();
  const visit = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else found.set(path.relative(root, file).split(path.sep).join('/'), createHash('sha256').update(readFileSync(file)).digest('hex'));
    }
  };
  visit(root);
  return found;
}

export function changes(before: Digests, after: Digests): [string, Change][] {
  const result: [string, Change][] = [];
  for (const file of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    if (!before.has(file)) result.push([file, 'new']);
    else if (!after.has(file)) result.push([file, 'removed']);
    else if (before.get(file) !== after.get(file)) result.push([file, 'changed']);
  }
  return result;
}

/** "Changed in guides/: …", then a count of the images, as the writer reads it after `npm run guide`. */
export function describeChanges(before: Digests, after: Digests, where: string): string {
  const changed = changes(before, after);
  const lines = [changed.length === 0 ? `Nothing changed in ${where}/.` : `Changed in ${where}/:`];
  for (const [file, change] of changed) lines.push(`  ${change.padEnd(8)} ${file}`);
  const images = [...after.keys()].filter((file) => file.endsWith('.png'));
  const count = (kind: Change) => changed.filter(([file, change]) => change === kind && file.endsWith('.png')).length;
  lines.push(`Images: ${images.length - count('changed') - count('new')} unchanged, ${count('changed')} changed, ${count('new')} new, ${count('removed')} removed.`);
  return lines.join('\n');
}
