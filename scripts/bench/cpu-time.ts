/**
 * How much processor time the machine spent while a measured command ran:
 * the runner, its workers, their browsers and portals and anything they
 * started, however they were started (Chromium's renderers are not children
 * anyone waits for, so a process's own accounting would miss them).
 *
 * Why it matters: on a 2-core machine a run can never take less wall time than
 * its processor time ÷ 2. A `--workers=1` run that already keeps more than one
 * core busy (a test's Chromium renders while its worker and portal compute)
 * bounds how far more workers can bring the wall time down.
 *
 * Linux only (/proc/stat), and only meaningful on an otherwise idle machine,
 * which a benchmark needs anyway.
 */
import { readFileSync } from 'node:fs';

/** Busy time of all the machine's cores since boot, in ms; undefined where /proc/stat is missing. */
function machineBusyMs(): number | undefined {
  let stat: string;
  try {
    stat = readFileSync('/proc/stat', 'utf8');
  } catch {
    return undefined;
  }
  return busyMsFromProcStat(stat);
}

/** The wall time `work` took and the machine's busy time meanwhile (undefined where /proc/stat is missing). */
export async function measured<T>(work: () => Promise<T>): Promise<{ readonly result: T; readonly wallMs: number; readonly cpuMs?: number }> {
  const busyBefore = machineBusyMs();
  const started = performance.now();
  const result = await work();
  const wallMs = performance.now() - started;
  const busyAfter = machineBusyMs();
  return { result, wallMs, ...(busyBefore === undefined || busyAfter === undefined ? {} : { cpuMs: busyAfter - busyBefore }) };
}

/** Linux reports /proc times in USER_HZ, which is 100 on every architecture it runs on. */
const TICKS_PER_SECOND = 100;

/**
 * The first line of /proc/stat ("cpu  user nice system idle iowait irq softirq steal …"),
 * all cores together: everything but idle, iowait (waiting, not computing) and
 * steal (another guest of the host computing on our core's time).
 */
export function busyMsFromProcStat(stat: string): number {
  const line = stat.split('\n').find((candidate) => candidate.startsWith('cpu '));
  const ticks = line?.trim().split(/\s+/).slice(1).map(Number);
  if (!ticks || ticks.length < 8 || ticks.some((value) => !Number.isFinite(value))) throw new Error(`Unexpected /proc/stat: ${stat.slice(0, 120)}`);
  const [user, nice, system, , , irq, softirq] = ticks as [number, number, number, number, number, number, number];
  return ((user + nice + system + irq + softirq) * 1000) / TICKS_PER_SECOND;
}
