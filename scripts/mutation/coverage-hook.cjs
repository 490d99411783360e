/**
 * Loaded with --require into every process of a dry-run Playwright run (the
 * runner and its worker) by playwright-runner.mjs: when the process ends, it
 * writes which mutants the instrumented code executed to STRYKER_COVERAGE_DIR.
 */
const { writeFileSync } = require('node:fs');
const path = require('node:path');

const dir = process.env.STRYKER_COVERAGE_DIR;
if (dir) {
  process.on('exit', () => {
    const coverage = globalThis.__stryker__ && globalThis.__stryker__.mutantCoverage;
    if (coverage) writeFileSync(path.join(dir, `${process.pid}.json`), JSON.stringify(coverage));
  });
}
