/**
 * An edited copy of the portal's views, for tests of what happens when the
 * portal changes under the guide: rename a label in a copy, point a portal at
 * it (`createPortal({ viewsDir })`, or the `portalViewsDir` test option), and
 * see what the suite and the guide say.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VIEWS_DIR } from '../../mock-portal/src/portal';

export interface ViewEdit {
  /** text as it is in the templates, e.g. ">View Details<" */
  readonly from: string;
  readonly to: string;
}

export interface EditedViews {
  readonly dir: string;
  remove(): void;
}

/** Copies mock-portal/views and replaces each `from` in every template; an edit that changes nothing throws, so a test cannot pass on a template that moved on. */
export function editedViewsCopy(edits: readonly ViewEdit[]): EditedViews {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-views-'));
  cpSync(VIEWS_DIR, dir, { recursive: true });
  const applied = new Set<ViewEdit>();
  for (const file of templates(dir)) {
    let text = readFileSync(file, 'utf8');
    const before = text;
    for (const edit of edits) {
      if (!text.includes(edit.from)) continue;
      text = text.split(edit.from).join(edit.to);
      applied.add(edit);
    }
    if (text !== before) writeFileSync(file, text);
  }
  const unused = edits.filter((edit) => !applied.has(edit));
  if (unused.length > 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`No template in ${VIEWS_DIR} contains ${unused.map((edit) => JSON.stringify(edit.from)).join(', ')}`);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function templates(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.hbs'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}
