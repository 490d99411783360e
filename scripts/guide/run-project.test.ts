import { expect, test } from '../../tests/support/test';
import { describeChanges } from './changes';
import { differingFiles, INDEX_TEST, titlePattern } from './run-project';

test.describe('npm run guide', () => {
  test('-- <slug> runs that guide (and the index) only: a slug never matches a longer one it begins or ends', () => {
    const pattern = new RegExp(titlePattern(['add-or-remove', INDEX_TEST]));
    // Playwright matches --grep against the project, file and titles, joined by spaces, then the tags.
    expect(pattern.test('guides tests/guides/guides.spec.ts  add-or-remove @mock')).toBe(true);
    expect(pattern.test('guides tests/guides/guides.spec.ts  add-or-remove-hosted-services @mock')).toBe(false);
    expect(pattern.test('guides tests/guides/guides.spec.ts guides/README.md')).toBe(true);
    expect(new RegExp(titlePattern(['hosted-services'])).test('guides tests/guides/guides.spec.ts  add-or-remove-hosted-services @mock')).toBe(false);
  });

  test('a check names each differing file by its path in the repository', () => {
    const errors = [
      '\u001b[2mexpect(page).toHaveScreenshot(expected) failed\u001b[22m\n\n  1200 pixels are different.\n\n  Snapshot: a-guide/images/02-log-in.png\n',
      'Error: A snapshot doesn\'t exist at /repo/guides/a-guide/README.md.',
      'expect(received).toMatchSnapshot(expected)\n\n  Snapshot: a-guide/images/02-log-in.png',
    ];
    expect(differingFiles(errors, `${process.cwd()}/guides`).sort()).toEqual(['guides/a-guide/images/02-log-in.png', expect.stringMatching(/guides\/a-guide\/README\.md$/)].sort());
  });

  test('what changed: each file once, then the images counted', () => {
    const before = new Map([['a/README.md', '1'], ['a/images/01-x.png', '2'], ['a/images/02-y.png', '3'], ['a/images/03-z.png', '4']]);
    const after = new Map([['a/README.md', '1'], ['a/images/01-x.png', '9'], ['a/images/03-z.png', '4'], ['a/images/04-w.png', '5']]);
    expect(describeChanges(before, after, 'guides')).toBe(
      ['Changed in guides/:', '  changed  a/images/01-x.png', '  removed  a/images/02-y.png', '  new      a/images/04-w.png', 'Images: 1 unchanged, 1 changed, 1 new, 1 removed.'].join('\n'),
    );
    expect(describeChanges(before, before, 'guides')).toBe('Nothing changed in guides/.\nImages: 3 unchanged, 0 changed, 0 new, 0 removed.');
  });
});
