import { expect, test } from './test';
import { workerCount } from './workers';

test.describe('workerCount: every core unless PW_WORKERS asks otherwise', () => {
  test('is every core when PW_WORKERS is not set (or blank), not Playwright\'s half', () => {
    expect(workerCount({}, 2)).toBe(2);
    expect(workerCount({}, 16)).toBe(16);
    expect(workerCount({ PW_WORKERS: ' ' }, 2)).toBe(2);
  });

  test('is what PW_WORKERS asks: a number of workers or a share of the cores', () => {
    expect(workerCount({ PW_WORKERS: '1' }, 2)).toBe(1);
    expect(workerCount({ PW_WORKERS: '3' }, 2)).toBe(3);
    expect(workerCount({ PW_WORKERS: '50%' }, 2)).toBe('50%');
    expect(workerCount({ PW_WORKERS: '100%' }, 2)).toBe('100%');
  });

  for (const bad of ['0', '-1', '1.5', 'two', '0%', '150%', '2 workers']) {
    test(`refuses PW_WORKERS="${bad}", saying what it takes`, () => {
      expect(() => workerCount({ PW_WORKERS: bad }, 2)).toThrow(`PW_WORKERS must be a whole number of workers from 1, or a share of the cores such as "50%"; got "${bad}"`);
    });
  }
});
