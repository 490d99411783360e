/**
 * What the walk works out from a step's reading (./step-reading.ts), with no
 * page: which masks would leave something in clear, what the masks hid, and
 * how the screenshot is cropped.
 */
import { expect, test } from '../../tests/support/test';
import { framingFor, VIEWPORT } from './capture';
import { redactedBy, uncoveredMasks } from './redaction';
import type { Box, ElementReading, PathReading } from './step-reading';

const box = (y: number, height: number): Box => ({ x: 10, y, width: 200, height });

function reading(path: string, matched: readonly { readonly box: Box; readonly text: string }[], choice?: { readonly checked: boolean }): PathReading {
  const element: ElementReading = {
    count: matched.length,
    boxes: matched.map((entry) => entry.box),
    texts: matched.map((entry) => entry.text),
    visible: matched.length > 0,
    checkable: !!choice,
    checked: !!choice?.checked,
  };
  return { path, described: `locator(${path})`, reading: element };
}

const label = 'step 8 "pay"';
const cardNumber = (on: boolean) => reading('checkout.cardNumber', on ? [{ box: box(400, 30), text: '4242 4242 4242 4242' }] : []);

test.describe('the masks, from the reading', () => {
  test('a mask that matches nothing is named, with its locator: the screenshot would show the field in clear', () => {
    const step = { mask: [reading('checkout.contactEmail', [])], redact: [] };
    expect(uncoveredMasks(label, step)).toEqual([`${label}: mask checkout.contactEmail matches nothing on the page (locator(checkout.contactEmail)); refusing to take an unmasked screenshot`]);
  });

  test('a redact mask must cover something only while its condition holds: a chosen radio button, or an element on the page', () => {
    const redact = (when: PathReading, on: boolean) => ({ mask: [], redact: [{ when, mask: [cardNumber(on)] }] });
    const newCard = (checked: boolean) => reading('checkout.newCard', [{ box: box(380, 16), text: '' }], { checked });
    expect(uncoveredMasks(label, redact(newCard(false), false))).toEqual([]);
    expect(uncoveredMasks(label, redact(newCard(true), true))).toEqual([]);
    expect(uncoveredMasks(label, redact(newCard(true), false))).toEqual([
      `${label}: redact mask checkout.cardNumber matches nothing on the page although checkout.newCard is chosen (locator(checkout.cardNumber)); refusing to take an unmasked screenshot`,
    ]);
    const form = reading('checkout.cardForm', [{ box: box(370, 200), text: '' }]);
    expect(uncoveredMasks(label, redact(form, false))[0]).toContain('although checkout.cardForm is on the page');
    expect(uncoveredMasks(label, redact(reading('checkout.cardForm', []), false))).toEqual([]);
  });

  test('what the masks hid: every matched box with an area, and each line of their texts', () => {
    const contact = reading('checkout.contactAddress', [
      { box: box(200, 60), text: 'Dana Whitfield\n 12 Harbour Road \n\nSpringfield' },
      { box: { x: 0, y: 0, width: 0, height: 0 }, text: '' },
    ]);
    const redacted = redactedBy({ mask: [contact], redact: [{ when: reading('checkout.newCard', []), mask: [cardNumber(true)] }] });
    expect(redacted.boxes).toEqual([
      { path: 'checkout.contactAddress', ...box(200, 60) },
      { path: 'checkout.cardNumber', ...box(400, 30) },
    ]);
    expect(redacted.hidden).toEqual(['Dana Whitfield', '12 Harbour Road', 'Springfield', '4242 4242 4242 4242']);
  });
});

test.describe('the crop, from the reading', () => {
  const frame = (outline: Box, shown: readonly Box[], documentHeight: number) => framingFor({ outline, shown, documentHeight, mask: [] });

  test('never shorter than the page around the element: a button near the top gets the minimum height', () => {
    const framing = frame(box(100, 30), [box(100, 30)], 2000);
    expect(framing.clip).toEqual({ x: 0, y: 0, width: VIEWPORT.width, height: 560 });
    expect(framing.fullPage).toBe(false);
  });

  test('down to just below the lowest element the step names, past the viewport when it must be', () => {
    const framing = frame(box(300, 30), [box(300, 30), box(900, 40)], 2000);
    expect(framing.clip.height).toBe(900 + 40 + 48);
    expect(framing.fullPage).toBe(true);
  });

  test('below the outline too, which sits outside the element, and never beyond the document', () => {
    expect(frame(box(700, 30), [box(700, 30)], 2000).clip.height).toBe(700 + 30 + 5 + 48);
    expect(frame(box(700, 30), [box(700, 30)], 640).clip.height).toBe(640);
  });
});
