import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { guideFor, guideTest, indexPage } from '../../scripts/guide/listed-guides';
import { guideSlugs } from '../../scripts/guide/guide-folders';
import { compileModules, lazyModuleFiles, playwrightCompiler, portalModuleFiles } from './compile-portal';
import { mockGatewayModule, portalModule } from './portal-modules';
import { expect, test } from './test';

const ROOT = path.join(__dirname, '..', '..');

/** The project's modules `file` loaded, itself included, as Node's module cache records them. */
function loadedGraph(file: string, found = new Set<string>()): Set<string> {
  if (found.has(file) || file.includes(`${path.sep}node_modules${path.sep}`)) return found;
  found.add(file);
  for (const child of require.cache[file]?.children ?? []) loadedGraph(child.filename, found);
  return found;
}

/** `files` relative to the repository, sorted: how a failure lists them. */
function relative(files: Iterable<string>): string[] {
  return [...files].map((file) => path.relative(ROOT, file)).sort();
}

test.describe('the portal compiled once, in the runner', () => {
  test("Playwright's compilation is there to use: without it, every worker of every run compiles the portal again", () => {
    expect(playwrightCompiler(), 'playwright/lib/common no longer exports transform.transformHook: tests/support/compile-portal.ts falls back to loading the portal and the guide modules in the runner').toBeDefined();
  });

  test('what the runner compiles is every project module the fixtures load when they run the portal and the gateway', () => {
    portalModule();
    mockGatewayModule();
    const loaded = new Set(portalModuleFiles().flatMap((file) => [...loadedGraph(file)]));
    const compiled = compileModules(playwrightCompiler()!, portalModuleFiles());
    expect(relative(compiled)).toEqual(relative(loaded));
    // Beyond the portal's own folder: a module it takes from the fixtures is compiled too.
    expect(relative(compiled)).toContain(path.join('fixtures', 'cards.ts'));
  });

  test("what the runner compiles includes every project module a guide's test loads in the worker", () => {
    guideTest();
    indexPage();
    for (const slug of guideSlugs()) guideFor(slug);
    // Node records a module under the first module that loaded it, which another test of this worker may have been:
    // every module reached from these is compiled, whichever loaded it first.
    // Only the repository's own: a test of the catalog loads guides from temporary folders through the same module.
    const loaded = new Set(lazyModuleFiles().flatMap((file) => [...loadedGraph(file)]).filter((file) => file.startsWith(ROOT + path.sep)));
    const compiled = compileModules(playwrightCompiler()!, lazyModuleFiles());
    expect(relative(loaded).filter((file) => !compiled.has(path.join(ROOT, file)))).toEqual([]);
    for (const file of ['scripts/guide/walk.ts', 'scripts/guide/render.ts', 'scripts/guide/catalog.ts', 'guides/add-or-remove-hosted-services/actions.ts']) {
      expect(relative(compiled)).toContain(file);
    }
  });

  test('a module that does not compile, or a require that leads nowhere, is left to the worker: the run goes on', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'compile-portal-'));
    try {
      for (const name of ['a.ts', 'b.ts']) writeFileSync(path.join(dir, name), '');
      const compile = (_code: string, file: string) => {
        if (file.endsWith('b.ts')) throw new SyntaxError('Unexpected token');
        return { code: 'require("./b"); // require("./gone")\nconst text = `require("./nowhere")`;' };
      };
      expect([...compileModules(compile, [path.join(dir, 'a.ts')])].map((file) => path.basename(file)).sort()).toEqual(['a.ts', 'b.ts']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
