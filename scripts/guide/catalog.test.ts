import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { expect, test } from '../../tests/support/test';
import { GUIDES_ROOT, guideSlugs, loadGuide } from './catalog';
import { GuideSourceError } from './source';

const FIRST = path.join(GUIDES_ROOT, 'add-or-remove-hosted-services');

/** The first guide's guide.yaml with its links to other guides as plain text: a folder elsewhere holds no other guide. */
function standaloneYaml(): string {
  const raw = parse(readFileSync(path.join(FIRST, 'guide.yaml'), 'utf8')) as Record<string, unknown>;
  const unlinked = (items: unknown) => (items as (string | { text?: string; guide: string })[]).map((item) => (typeof item === 'string' ? item : (item.text ?? item.guide)));
  return stringify({ ...raw, prerequisites: unlinked(raw.prerequisites), whatIsNext: unlinked(raw.whatIsNext) });
}

/** A guide folder elsewhere: the first guide's guide.yaml, its actions re-exported (their imports are relative to the repository). */
function guideFolder(root: string, slug: string, yaml = standaloneYaml()): void {
  mkdirSync(path.join(root, slug));
  writeFileSync(path.join(root, slug, 'guide.yaml'), yaml);
  writeFileSync(path.join(root, slug, 'actions.ts'), `export { default } from ${JSON.stringify(path.join(FIRST, 'actions'))};\n`);
}

test.describe('every guides/<slug>/guide.yaml is a guide', () => {
  let root: string;
  test.beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'guides-'));
  });
  test.afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('a folder with a guide.yaml is a guide, found by its folder name; anything else is not', () => {
    guideFolder(root, 'b-second');
    guideFolder(root, 'a-first');
    mkdirSync(path.join(root, 'notes'));
    writeFileSync(path.join(root, 'notes', 'draft.md'), '# not a guide\n');
    writeFileSync(path.join(root, 'README.md'), '# index\n');
    expect(guideSlugs(root)).toEqual(['a-first', 'b-second']);
    expect(loadGuide('a-first', root).source.title).toBe('Add or Remove Hosted Services');
  });

  test('a guide without its actions module is refused, saying what is missing', () => {
    mkdirSync(path.join(root, 'lonely'));
    writeFileSync(path.join(root, 'lonely', 'guide.yaml'), standaloneYaml());
    expect(() => loadGuide('lonely', root)).toThrow(GuideSourceError);
    expect(() => loadGuide('lonely', root)).toThrow(/no actions\.ts beside guide\.yaml/);
  });

  test('an example account the fixtures lack is named', () => {
    guideFolder(root, 'copy', standaloneYaml().replace('account: contoso-dental', 'account: wingtip-toys'));
    expect(() => loadGuide('copy', root)).toThrow('example.account: no account "wingtip-toys" in fixtures/accounts.ts');
  });
});
