import { expect, test } from '../../tests/support/test';
import { busyMsFromProcStat } from './cpu-time';

// user nice system idle iowait irq softirq steal guest guest_nice, in 1/100 s
const stat = ['cpu  1000 20 300 9000 400 5 7 900 0 0', 'cpu0 500 10 150 4500 200 2 3 450 0 0', 'intr 12345'].join('\n');

test('busy time is user, nice, system, irq and softirq of all cores: not idle, not iowait, not steal', () => {
  expect(busyMsFromProcStat(stat)).toBe((1000 + 20 + 300 + 5 + 7) * 10);
});

test('a /proc/stat without the all-cores line is refused, not read as zero', () => {
  expect(() => busyMsFromProcStat('cpu0 1 2 3 4 5 6 7 8\n')).toThrow('Unexpected /proc/stat');
});
