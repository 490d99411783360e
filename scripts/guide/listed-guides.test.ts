import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runNode } from '../../tests/support/node-run';
import { expect, test } from '../../tests/support/test';
import { exampleTestOptions, guideSlugs, loadGuide } from './catalog';
import { REPO_ROOT } from './guide-folders';
import { exampleOptionsFor, guideFor, slugsLongestFirst } from './listed-guides';

test('the committed guides are listed longest walk first, as their guide.yaml counts the steps', () => {
  const bySteps = guideSlugs()
    .map((slug) => ({ slug, steps: loadGuide(slug).source.steps.length }))
    .sort((a, b) => b.steps - a.steps || a.slug.localeCompare(b.slug))
    .map((entry) => entry.slug);
  expect(slugsLongestFirst()).toEqual(bySteps);
});

test('a guide never generated (no images) is listed last; equal walks by folder name', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'listed-guides-'));
  try {
    const guide = (slug: string, images: number) => {
      mkdirSync(path.join(root, slug, 'images'), { recursive: true });
      writeFileSync(path.join(root, slug, 'guide.yaml'), 'title: t\n');
      for (let step = 1; step <= images; step++) writeFileSync(path.join(root, slug, 'images', `0${step}-step.png`), '');
    };
    guide('b-three', 3);
    guide('a-three', 3);
    guide('c-five', 5);
    mkdirSync(path.join(root, 'd-new'));
    writeFileSync(path.join(root, 'd-new', 'guide.yaml'), 'title: t\n');
    expect(slugsLongestFirst(root)).toEqual(['c-five', 'a-three', 'b-three', 'd-new']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a guide test\'s options are its example\'s, worked out in the worker, each guide read once', async () => {
  for (const slug of guideSlugs()) {
    const provided: Record<string, string> = {};
    for (const [name, fixture] of Object.entries(exampleOptionsFor(slug))) {
      await fixture({}, async (value) => {
        provided[name] = value;
      });
    }
    expect(provided).toEqual(exampleTestOptions(loadGuide(slug)));
    expect(guideFor(slug)).toBe(guideFor(slug));
  }
});

test('the runner lists the guides project without reading a guide or loading the walk', async () => {
  // What the runner's process has loaded once it has listed the tests (--list starts no worker).
  const dir = mkdtempSync(path.join(os.tmpdir(), 'listed-guides-'));
  try {
    const probe = path.join(dir, 'loaded.cjs');
    writeFileSync(probe, "process.on('exit', () => console.log('LOADED ' + JSON.stringify(Object.keys(require.cache))));\n");
    const run = await runNode('playwright test --list --project=guides', ['node_modules/@playwright/test/cli.js', 'test', '--list', '--project=guides', '--reporter=list'], {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_OPTIONS: `--require ${probe}`, PORTAL_URL: '' },
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(run.code, run.stderr).toBe(0);
    for (const slug of guideSlugs()) expect(run.stdout).toContain(`› ${slug}\n`);
    const loaded = JSON.parse(run.stdout.split('\n').find((line) => line.startsWith('LOADED '))!.slice('LOADED '.length)) as string[];
    const heavy = loaded.filter((file) => /node_modules[\\/](yaml|markdown-it)[\\/]|scripts[\\/]guide[\\/](catalog|guide-test|walk|render|index-page)\.ts$|guides[\\/][^\\/]+[\\/]actions\.ts$/.test(file));
    expect(heavy).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
