/**
 * Global setup of a run on the mock: the runner compiles the TypeScript that
 * only the workers load (the portal and the gateway, which the fixtures load
 * when a test needs them; the guides' walk, renderer and actions, which the
 * runner does not load to list the guides project), so that Playwright saves
 * it for every worker of this run and of later ones (./portal-modules.ts says
 * why a worker cannot). Compiled, not run: loading them here would cost the
 * runner 0.3 s of Express and msw on every run, and delay every worker, where
 * a module already compiled costs a read and a hash.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { workerModuleFiles } from '../../scripts/guide/listed-guides';
import { LAZY_MODULES } from './portal-modules';

/** Playwright's compilation of one module: its CommonJS code, saved for the workers when run in the runner. */
type Compile = (code: string, filename: string) => { readonly code: string };

export default function compilePortal(): void {
  const compile = playwrightCompiler();
  if (compile) compileModules(compile, lazyModuleFiles());
  else {
    // Loading the modules compiles them too, at the cost of running them. One that fails to load fails in the
    // worker again, with the test that needed it.
    for (const file of lazyModuleFiles()) {
      try {
        require(file);
      } catch {}
    }
  }
}

/** The files of ./portal-modules.ts's lazy modules, and of the guides' (scripts/guide/listed-guides.ts). */
export function lazyModuleFiles(): string[] {
  return [...portalModuleFiles(), ...workerModuleFiles()];
}

export function portalModuleFiles(): string[] {
  return LAZY_MODULES.map((specifier) => require.resolve(path.join(__dirname, specifier)));
}

/**
 * Compiles `entries` and every TypeScript module of the project they require,
 * as a worker loading them would, without running any; returns their files.
 */
export function compileModules(compile: Compile, entries: readonly string[]): Set<string> {
  const compiled = new Set<string>();
  const pending = [...entries];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (compiled.has(file)) continue;
    compiled.add(file);
    for (const required of compiledRequires(compile, file)) if (required.endsWith('.ts')) pending.push(required);
  }
  return compiled;
}

/**
 * The project files `file`'s compiled code requires. A speed-up must never stop a run: a file that does not
 * compile, or a `require("./…")` that resolves to nothing (one quoted in a comment or a string), is left to the
 * worker, which reports it where it matters.
 */
function compiledRequires(compile: Compile, file: string): string[] {
  let code: string;
  try {
    code = compile(readFileSync(file, 'utf8'), file).code;
  } catch {
    return [];
  }
  const resolve = createRequire(file).resolve;
  // Type-only imports are gone from the compiled code: what is left is what the module loads.
  return [...code.matchAll(/\brequire\(["'](\.{1,2}\/[^"']+)["']\)/g)].flatMap(([, specifier]) => {
    try {
      return [resolve(specifier!)];
    } catch {
      return [];
    }
  });
}

/**
 * Playwright's own compilation, the one its loader runs for every module a
 * test requires. Not public API: on a version without it, undefined, and the
 * modules are loaded instead (./compile-portal.test.ts fails, saying so).
 */
export function playwrightCompiler(): Compile | undefined {
  try {
    const hook = (require('playwright/lib/common') as { transform?: { transformHook?: unknown } }).transform?.transformHook;
    return typeof hook === 'function' ? (hook as Compile) : undefined;
  } catch {
    return undefined;
  }
}
