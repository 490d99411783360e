/**
 * The guide's `redact` entries on the page they are for: the checkout page of
 * an order, where an account without a stored card (or a customer choosing a
 * new one) sees the card form. Chosen, the form's fields are masked; renamed,
 * a field would be photographed in clear, so the step refuses to be
 * photographed, naming itself and the mask.
 */
import { contosoDental } from '../../fixtures/accounts';
import { loadGuide } from '../../scripts/guide/catalog';
import { redactedBy, uncoveredMasks } from '../../scripts/guide/redaction';
import { readStep } from '../../scripts/guide/step-reading';
import { stepLabel } from '../../scripts/guide/source';
import { locateSteps } from '../../scripts/guide/walk';
import { choosePayment, placeOrder } from '../http/order-steps';
import { PortalClient } from '../support/portal-client';
import { editedViewsCopy } from '../support/portal-views';
import type { Page } from '@playwright/test';
import type { PortalPages } from '../pages';
import { expect, test } from '../support/test';

const guide = loadGuide('add-or-remove-hosted-services');
const payIndex = guide.source.steps.findIndex((step) => step.id === 'pay');
const label = stepLabel(payIndex, 'pay');
const CARD_FORM = ['checkout.cardNumber', 'checkout.nameOnCard', 'checkout.cvc'];

async function openCheckout(page: Page): Promise<void> {
  const client = new PortalClient(page.request);
  const orderId = await placeOrder(client, contosoDental.domains[0], { 'exchange-mailbox': 3 });
  await choosePayment(client, orderId, 'credit-card');
  await page.goto(`/orders/${orderId}/checkout`);
}

/** The pay step's page, read as the walk reads it at the moment of acting. */
function readPayStep(pages: PortalPages) {
  const located = locateSteps(pages, guide, guide.example)[payIndex]!;
  return readStep(guide.source.steps[payIndex]!.highlight, located);
}

test.describe('the card form\'s redaction on the checkout page', { tag: '@mock' }, () => {
  test('the step declares it for the card number, the name on the card and the security code, when a new card is chosen', () => {
    expect(guide.source.steps[payIndex]!.redact).toEqual([{ when: 'checkout.newCard', mask: CARD_FORM }]);
  });

  test('with the stored card chosen there is no card form to mask; with a new card chosen each field lies under a mask', async ({ loggedIn: page, pages }) => {
    await openCheckout(page);
    const storedCard = await readPayStep(pages);
    expect(uncoveredMasks(label, storedCard)).toEqual([]);
    expect(redactedBy(storedCard).boxes.map((box) => box.path).filter((path) => CARD_FORM.includes(path))).toEqual([]);

    await pages.checkout.newCard.check();
    await pages.checkout.cardNumber.fill('4242 4242 4242 4242');
    await pages.checkout.cvc.fill('123');
    const newCard = await readPayStep(pages);
    expect(uncoveredMasks(label, newCard)).toEqual([]);
    const redacted = redactedBy(newCard);
    expect(redacted.boxes.map((box) => box.path).filter((path) => CARD_FORM.includes(path))).toEqual(CARD_FORM);
    // What they hid is known to the walk (for the text check), never to the image.
    expect(redacted.hidden).toEqual(expect.arrayContaining(['4242 4242 4242 4242', '123']));
  });

  test.describe('with "Card number" renamed "Card No." on a copy of the views', () => {
    test.use({
      portalViewsDir: async ({}, use) => {
        const copy = editedViewsCopy([{ from: '>Card number<', to: '>Card No.<' }]);
        await use(copy.dir);
        copy.remove();
      },
    });

    test('a new card chosen, the step refuses to be photographed, naming the step and the mask', async ({ loggedIn: page, pages }) => {
      await openCheckout(page);
      await pages.checkout.newCard.check();
      const problems = uncoveredMasks(label, await readPayStep(pages));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(`${label}: redact mask checkout.cardNumber matches nothing on the page although checkout.newCard is chosen`);
      expect(problems[0]).toContain('refusing to take an unmasked screenshot');
    });
  });
});
