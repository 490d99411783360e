/**
 * Where the guides live, and which there are: a folder guides/<slug>/ with a
 * guide.yaml. Apart from ./catalog.ts (which reads and validates them) so
 * that `npm run guide` can name the guides and start the test runner before
 * it loads a YAML parser it does not need.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.join(__dirname, '..', '..');
export const GUIDES_ROOT = path.join(REPO_ROOT, 'guides');
export const SOURCE_FILE = 'guide.yaml';
export const ACTIONS_FILE = 'actions.ts';
export const IMAGES_DIR = 'images';

/** The slugs of every folder under `root` with a guide.yaml, sorted. */
export function guideSlugs(root = GUIDES_ROOT): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, entry.name, SOURCE_FILE)))
    .map((entry) => entry.name)
    .sort();
}
