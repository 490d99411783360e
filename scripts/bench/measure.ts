/** One thing `npm run bench` can measure: a name for --only, and the rows it adds to the table. */
export interface BenchOptions {
  /** how many times a repeated measurement runs (--runs) */
  readonly runs: number;
}

export interface Row {
  readonly measure: string;
  readonly value: string;
  readonly detail: string;
}

export interface Measure {
  readonly name: string;
  readonly describe: string;
  run(options: BenchOptions): Promise<{ readonly rows: readonly Row[]; readonly failed: boolean }>;
}
