import path from 'node:path';
import { expect, test } from '../../tests/support/test';
import { GUIDE_COMMAND_ENV, GuideCommandError, guideCommand, guideRunSettings, parseGuideCommand, type GuideRun } from './command';
import { GUIDES_ROOT, guideSlugs } from './guide-folders';
import { REPORT_DIR } from './run-project';

const [first, second] = guideSlugs();
const DEPLOYMENT = { PORTAL_URL: 'https://portal.example/', PORTAL_EMAIL: 'writer@example.com', PORTAL_PASSWORD: 'secret', PORTAL_DOMAIN: 'example.com' };

function run(args: readonly string[], env: NodeJS.ProcessEnv = {}): GuideRun {
  const command = parseGuideCommand(args, env);
  if (command.kind !== 'run') throw new Error(`expected a run, got ${command.kind}`);
  return command;
}

function refused(args: readonly string[], env: NodeJS.ProcessEnv = {}): string {
  try {
    parseGuideCommand(args, env);
  } catch (error) {
    expect(error).toBeInstanceOf(GuideCommandError);
    return (error as Error).message;
  }
  throw new Error(`npm run guide -- ${args.join(' ')} was accepted`);
}

test.describe('npm run guide: the command line', () => {
  test('no argument regenerates every guide into guides/, with the config\'s workers and retries', () => {
    expect(run([])).toEqual({ kind: 'run', check: false, slugs: [], known: guideSlugs(), outputRoot: GUIDES_ROOT, service: undefined, remote: null, workers: undefined, retries: undefined, shard: undefined });
  });

  test('--check and slugs; --workers, --retries and --shard as Playwright takes them', () => {
    expect(run(['--check', first!, second!, '--workers=1', '--retries=0', '--shard=2/3'])).toMatchObject({ check: true, slugs: [first, second], workers: 1, retries: 0, shard: { current: 2, total: 3 } });
    expect(run(['--workers', '50%']).workers).toBe('50%');
  });

  test('a guide that does not exist, an unknown option or a malformed number is refused, saying why', () => {
    expect(refused(['no-such-guide'])).toBe(`No guide "no-such-guide" under guides/ (guides: ${guideSlugs().join(', ')})`);
    expect(() => parseGuideCommand(['--bogus'])).toThrow(/Unknown option '--bogus'/);
    expect(refused(['--workers=0'])).toBe('--workers must be a whole number of workers from 1, or a share of the cores such as "50%"; got "0"');
    expect(refused(['--workers=two'])).toMatch(/^--workers must be a whole number of workers from 1.*; got "two"$/);
    expect(refused(['--retries=-1'])).toBe('--retries takes a whole number; got "-1"');
    for (const shard of ['0/2', '3/2', '1', 'a/b']) expect(refused([`--shard=${shard}`])).toMatch(/^--shard takes <i\/n>/);
  });

  test('--watch previews one guide, named unless there is only one', () => {
    expect(parseGuideCommand(['--watch', first!])).toEqual({ kind: 'watch', slug: first });
    expect(refused(['--watch'])).toBe(`--watch previews one guide: say which (guides: ${guideSlugs().join(', ')})`);
    expect(refused(['--watch', first!, second!])).toMatch(/^--watch previews one guide/);
  });

  test('on a deployment the guides go to --out, never guides/, and --service names the service to change', () => {
    const { PORTAL_DOMAIN: _domain, ...withoutDomain } = DEPLOYMENT;
    expect(refused(['--out', 'shots'], withoutDomain)).toBe('PORTAL_URL is set, so the tests sign in to https://portal.example/: set PORTAL_DOMAIN too (the account and domain to use).');
    expect(refused([], DEPLOYMENT)).toMatch(/^PORTAL_URL is set, so this run would photograph https:\/\/portal\.example: say where its guide goes with --out <dir>\./);
    const remote = run(['--out', 'shots', '--service', 'BES user', first!], DEPLOYMENT);
    expect(remote).toMatchObject({ outputRoot: path.resolve('shots'), service: 'BES user', remote: { url: 'https://portal.example', email: 'writer@example.com', service: 'BES user' } });
    expect(refused(['--service', 'BES user'])).toMatch(/^--service names the service to change on a deployment: set PORTAL_URL/);
    expect(refused(['--check', '--out', 'shots'])).toMatch(/^--check compares the committed guides under guides\/; --out writes a guide elsewhere/);
  });

  test("the reporters are the command's: PLAYWRIGHT_HTML_*, _JSON_* and _LIST_* variables left in the shell are dropped", () => {
    const env: NodeJS.ProcessEnv = { [GUIDE_COMMAND_ENV]: JSON.stringify(['--check']), PLAYWRIGHT_HTML_OUTPUT_DIR: '/elsewhere', PLAYWRIGHT_JSON_OUTPUT_NAME: 'other.json', PLAYWRIGHT_LIST_PRINT_STEPS: '0', PW_WORKERS: '1' };
    expect(guideCommand(env)).toMatchObject({ kind: 'run', check: true });
    expect(env).toEqual({ [GUIDE_COMMAND_ENV]: '["--check"]', PW_WORKERS: '1' });
    expect(guideCommand({})).toBeNull();
  });

  test('a check reports in HTML for the review and updates nothing; a regeneration updates what changed', () => {
    const check = guideRunSettings(run(['--check']));
    expect(check.updateSnapshots).toBe('none');
    expect(check.reporter.map(([name]) => name)).toEqual([expect.stringMatching(/command-reporter\.ts$/), 'list', 'html', 'json']);
    expect(check.reporter[2]![1]).toMatchObject({ outputFolder: REPORT_DIR, open: 'never' });
    const regeneration = guideRunSettings(run(['--workers=1', first!]));
    expect(regeneration).toMatchObject({ updateSnapshots: 'changed', workers: 1 });
    expect(regeneration.reporter.map(([name]) => name)).not.toContain('html');
    expect(regeneration.grep!.test(`guides tests/guides/guides.spec.ts  ${first} @mock`)).toBe(true);
    expect(regeneration.grep!.test(`guides tests/guides/guides.spec.ts  ${second} @mock`)).toBe(false);
    expect(regeneration.grep!.test('guides tests/guides/guides.spec.ts guides/README.md')).toBe(true);
    expect(guideRunSettings(run([])).grep).toBeUndefined();
  });
});
