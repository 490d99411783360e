/**
 * A guide step's locators are read in one round trip (scripts/guide/step-reading.ts,
 * scripts/guide/step-marks.ts): each reading must be what that locator alone
 * matches, whatever the others match, and the page must be left as it was.
 */
import { readLocators } from '../../scripts/guide/step-reading';
import { expect, test } from '../support/test';

const PAGE = `
  <style>body { margin: 0; font: 16px sans-serif } .tall { height: 1500px }</style>
  <h1>Billing contacts</h1>
  <label>Email address <input name="email" value="it@contoso-dental.example"></label>
  <ul><li data-testid="contact">Alex Kim</li><li data-testid="contact">Sam Lee</li></ul>
  <label><input type="checkbox" name="invoices" checked> Invoices</label>
  <button>Save Contact</button>
  <div class="tall"></div>`;

test('one round trip reads each locator as if it were read alone, and leaves no label on the page', { tag: '@mock' }, async ({ page }) => {
  await page.setContent(PAGE);
  await page.evaluate(() => window.scrollTo(0, 400));
  const email = page.getByRole('textbox', { name: 'Email address' });
  const contacts = page.getByTestId('contact');
  const invoices = page.getByRole('checkbox', { name: 'Invoices' });
  const missing = page.getByRole('button', { name: 'Delete Contact' });
  const firstContact = contacts.first();

  const { readings, documentHeight } = await readLocators([email, contacts, invoices, missing, firstContact]);

  expect(readings.map((reading) => reading.count)).toEqual([1, 2, 1, 0, 1]);
  expect(readings[0]!.texts).toEqual(['it@contoso-dental.example']);
  // Both contacts, in document order; the first is also the fifth locator's only match.
  expect(readings[1]!.texts).toEqual(['Alex Kim', 'Sam Lee']);
  expect(readings[1]!.boxes[0]!.y).toBeLessThan(readings[1]!.boxes[1]!.y);
  expect(readings[4]!.texts).toEqual(['Alex Kim']);
  expect(readings[4]!.boxes).toEqual([readings[1]!.boxes[0]]);
  expect(readings[2]).toMatchObject({ checkable: true, checked: true, visible: true });
  expect(readings[3]).toMatchObject({ count: 0, boxes: [], texts: [], visible: false });
  // Boxes are in document coordinates, whatever the scroll, and the reading leaves the page at the top.
  expect(readings[0]!.boxes[0]!.y).toBe(await email.evaluate((element) => element.getBoundingClientRect().top));
  expect(documentHeight).toBeGreaterThan(1500);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await page.evaluate(() => [...document.querySelectorAll('*')].filter((element) => '__guideStepMarks' in element).length)).toBe(0);
});

test('a label another reading left behind is neither taken for this one\'s nor removed', { tag: '@mock' }, async ({ page }) => {
  await page.setContent(PAGE);
  const contacts = page.getByTestId('contact');
  // As a reading that failed half-way would leave it: the first contact labelled as some call's first locator.
  await contacts.first().evaluate((element) => Object.assign(element, { __guideStepMarks: ['0-0:0'] }));

  const { readings } = await readLocators([page.getByRole('checkbox', { name: 'Invoices' }), contacts]);

  expect(readings.map((reading) => reading.count)).toEqual([1, 2]);
  expect(readings[0]).toMatchObject({ checkable: true, checked: true });
  // Another reading's label is not this one's to take off.
  expect(await contacts.first().evaluate((element) => (element as Element & { __guideStepMarks?: string[] }).__guideStepMarks)).toEqual(['0-0:0']);
});
