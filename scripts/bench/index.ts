/**
 * `npm run bench`: the figures the README quotes, measured on this machine.
 *
 *   npm run bench                          every measure below, in order (suite: the whole suite at
 *                                          the default workers and at --workers=1; journey)
 *   npm run bench -- --only guide          npm run guide's regeneration against a bare walk
 *   npm run bench -- --only journey        one measure (comma-separated for several)
 *   npm run bench -- --runs 5              repeated measurements run 5 times (default 7)
 *   npm run bench -- --only server --runs 1  one round of the server measure (16 s)
 *
 * Each measure lives in its own file here and is listed in MEASURES. Every
 * Playwright run writes its reports to a temporary folder, so a benchmark
 * never overwrites test-results/ or playwright-report/.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { guide } from './guide';
import { journey } from './journey';
import type { Measure, Row } from './measure';
import { server } from './server';
import { suite } from './suite';

const MEASURES: readonly Measure[] = [suite, journey, server, guide];

function table(rows: readonly Row[]): string {
  const header = ['measure', 'figure', 'detail'];
  const cells = rows.map((row) => [row.measure, row.value, row.detail]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((row) => row[column]!.length)));
  const line = (row: readonly string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, only: { type: 'string' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number from 1, got "${values.runs}"`);
  const wanted = values.only ? values.only.split(',').map((name) => name.trim()) : MEASURES.map((measure) => measure.name);
  const unknown = wanted.filter((name) => !MEASURES.some((measure) => measure.name === name));
  if (unknown.length > 0) {
    throw new Error(`--only: no measure ${unknown.map((name) => `"${name}"`).join(', ')}; measures:\n${MEASURES.map((m) => `  ${m.name.padEnd(10)} ${m.describe}`).join('\n')}`);
  }

  const rows: Row[] = [];
  let failed = false;
  for (const measure of MEASURES.filter((candidate) => wanted.includes(candidate.name))) {
    const result = await measure.run({ runs });
    rows.push(...result.rows);
    failed ||= result.failed;
  }
  console.log(`\n${os.cpus().length} CPUs, Node ${process.version}, ${new Date().toISOString()}`);
  console.log(table(rows));
  // A benchmark of a failing suite measures the wrong thing: say so in the exit code.
  if (failed) {
    console.error('\nSome tests failed: these timings are not of a green run.');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
