import { expect, test } from '../../tests/support/test';
import { browserChangeNote, digestOf, pdfIsCurrent } from './made-with';

test.describe('what made the committed files', () => {
  test('a different browser build is named in the failure, the same one is not', () => {
    expect(browserChangeNote({ browser: 'Chromium 156.0.8078.108' }, 'Chromium 156.0.8078.108')).toBeUndefined();
    expect(browserChangeNote(undefined, 'Chromium 156.0.8078.108')).toBeUndefined();
    expect(browserChangeNote({ browser: 'Chromium 155.0.1.2' }, 'Chromium 156.0.8078.108')).toBe(
      'The committed images were made with Chromium 155.0.1.2, now Chromium 156.0.8078.108: screenshots match only within one browser build.',
    );
  });

  test('the PDF stands only when printed from these very inputs and left as printed', () => {
    const pdf = Buffer.from('%PDF-1.4 the guide');
    const from = digestOf('<html>', Buffer.from('png'), 'Chromium 156', '2026-11-26T15:00:00Z');
    const recorded = { browser: 'Chromium 156', pdf: { from, digest: digestOf(pdf) } };
    expect(pdfIsCurrent(recorded, from, pdf)).toBe(true);
    expect(pdfIsCurrent(recorded, digestOf('<html>', Buffer.from('png2'), 'Chromium 156', '2026-11-26T15:00:00Z'), pdf), 'an image changed').toBe(false);
    expect(pdfIsCurrent(recorded, from, Buffer.from('%PDF-1.4 the guide, edited')), 'the PDF was edited').toBe(false);
    expect(pdfIsCurrent(recorded, from, undefined), 'no PDF').toBe(false);
    expect(pdfIsCurrent({ browser: 'Chromium 156' }, from, pdf), 'nothing recorded').toBe(false);
  });

  test('parts cannot run together: ("ab", "c") and ("a", "bc") differ', () => {
    expect(digestOf('ab', 'c')).not.toBe(digestOf('a', 'bc'));
  });
});
