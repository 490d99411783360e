/**
 * Account credit as a customer reads it: credit shown as credit (a minus
 * sign and the word), never like a charge; a confirmation that says how much
 * credit paid and what the card was charged; and invoices whose lines and
 * total agree with what moved. Figures come from the tests' oracle.
 */
import { contosoDental } from '../../fixtures/accounts';
import { cents } from '../../mock-portal/src/domain/money';
import { expectedOrder, usd } from '../support/billing-oracle';
import { expect, test } from '../support/test';

const domain = contosoDental.domains[0];
const BILLING_DATE = '2026-11-26';
const MAILBOX = 'Hosted Exchange mailbox';
const BES_USER = 'BlackBerry Enterprise Server (BES) user';

test.describe('Account credit on the order, the confirmation and the invoice', { tag: '@mock' }, () => {
  test('$1.00 of credit on a $1.66 order: the card is charged $0.66, and the confirmation and the invoice show the −$1.00 credit', async ({ loggedIn: page, pages, portal }) => {
    const credit = 100;
    portal.context.store.accounts.get(contosoDental.id)!.creditCents = cents(credit);
    const expected = expectedOrder(domain, { 'exchange-mailbox': 3 }, BILLING_DATE, credit);
    expect(expected.creditAppliedCents, 'the oracle applies all of the credit').toBe(credit);

    await pages.upgradeDowngrade.open(domain.name);
    await pages.upgradeDowngrade.setNewTotal(MAILBOX, 3);
    await pages.upgradeDowngrade.clickToContinue();
    await expect(pages.orderSummary.creditApplied).toHaveText(usd(-credit));
    await expect(pages.orderSummary.totalDue).toHaveText(expected.totalDue);
    await pages.orderSummary.payByCreditCard();
    await pages.checkout.clickToContinue();

    await expect(pages.confirmation.orderComplete).toBeVisible();
    await expect(pages.confirmation.fact('Account credit applied'), 'confirmation: credit applied').toBeVisible();
    await expect(pages.confirmation.fact('Account credit applied'), 'confirmation: credit applied').toHaveText(usd(-credit));
    await expect(pages.confirmation.fact('Amount charged to your card'), 'confirmation: card charge').toBeVisible();
    await expect(pages.confirmation.fact('Amount charged to your card'), 'confirmation: card charge').toHaveText(expected.totalDue);
    expect(portal.ledger.charges.map((charge) => charge.amount), 'the card was charged the rest').toEqual([expected.totalDueCents]);

    await pages.confirmation.invoiceNumber.click();
    await expect(pages.invoices.status).toHaveText('Paid');
    await expect(pages.invoices.amountOf('Account credit applied'), 'invoice: the credit line').toHaveText(usd(-credit));
    await expect(pages.invoices.lineAmounts, 'invoice: the mailbox, then the credit').toHaveText([expected.lines[0]!.amount, usd(-credit)]);
    await expect(pages.invoices.total, 'invoice: the total is what the card was charged').toHaveText(usd(portal.ledger.charges[0]!.amount));
    await expect(pages.invoices.total).toHaveText(expected.totalDue);
  });

  test('a downgrade: the credit added is shown as a credit on the summary, the confirmation and the invoice, whose total is $0.00', async ({ loggedIn: page, pages, portal }) => {
    const expected = expectedOrder(domain, { 'bes-user': 0 }, BILLING_DATE);
    const creditAdded = usd(-expected.creditCreatedCents);

    await pages.upgradeDowngrade.open(domain.name);
    await pages.upgradeDowngrade.setNewTotal(BES_USER, 0);
    await pages.upgradeDowngrade.clickToContinue();
    await expect(pages.orderSummary.creditCreated, 'summary: Credit added to your account').toHaveText(creditAdded);
    await expect(page.getByText('Credit added to your account', { exact: true })).toBeVisible();
    await pages.orderSummary.continueButton.click();

    await expect(pages.confirmation.orderComplete).toBeVisible();
    await expect(pages.confirmation.fact('Credit added to your account'), 'confirmation: credit added').toBeVisible();
    await expect(pages.confirmation.fact('Credit added to your account'), 'confirmation: credit added').toHaveText(creditAdded);
    await expect(pages.confirmation.fact('Amount charged to your card'), 'confirmation: nothing on the card').toBeVisible();
    await expect(pages.confirmation.fact('Amount charged to your card'), 'confirmation: nothing on the card').toHaveText('$0.00');
    expect(portal.ledger.charges, 'no card is charged').toHaveLength(0);

    await pages.confirmation.invoiceNumber.click();
    await expect(pages.invoices.amountOf('Credit added to your account'), 'invoice: the credit line').toHaveText(creditAdded);
    await expect(pages.invoices.lineAmounts, 'invoice: the BES user removed, then the credit added').toHaveText([expected.lines[0]!.amount, creditAdded]);
    await expect(pages.invoices.total, 'invoice: nothing to pay').toHaveText('$0.00');
    await expect(page.getByRole('main')).toContainText(`${usd(expected.creditCreatedCents)} was added to your account credit`);
  });

  test('an order paid wholly from credit: the confirmation lists the credit applied and that the card was charged nothing', async ({ loggedIn: page, pages, portal }) => {
    const credit = 500;
    portal.context.store.accounts.get(contosoDental.id)!.creditCents = cents(credit);
    const expected = expectedOrder(domain, { 'exchange-mailbox': 3 }, BILLING_DATE, credit);
    expect(expected.totalDueCents, 'the oracle: credit covers it all').toBe(0);

    await pages.upgradeDowngrade.open(domain.name);
    await pages.upgradeDowngrade.setNewTotal(MAILBOX, 3);
    await pages.upgradeDowngrade.clickToContinue();
    await pages.orderSummary.continueButton.click();

    await expect(pages.confirmation.orderComplete).toBeVisible();
    await expect(pages.confirmation.fact('Account credit applied')).toBeVisible();
    await expect(pages.confirmation.fact('Account credit applied')).toHaveText(usd(-expected.creditAppliedCents));
    await expect(pages.confirmation.fact('Amount charged to your card')).toBeVisible();
    await expect(pages.confirmation.fact('Amount charged to your card')).toHaveText('$0.00');
    expect(portal.ledger.charges).toHaveLength(0);
    await pages.confirmation.invoiceNumber.click();
    await expect(pages.invoices.amountOf('Account credit applied')).toHaveText(usd(-expected.creditAppliedCents));
    await expect(pages.invoices.total).toHaveText('$0.00');
  });

  test('Pay Now on a bank-transfer order: its confirmation then says "Amount charged to your card"', async ({ loggedIn: page, pages, portal }) => {
    const expected = expectedOrder(domain, { 'exchange-mailbox': 3 }, BILLING_DATE);
    await pages.upgradeDowngrade.open(domain.name);
    await pages.upgradeDowngrade.setNewTotal(MAILBOX, 3);
    await pages.upgradeDowngrade.clickToContinue();
    await pages.orderSummary.payByBankTransfer();
    await expect(pages.confirmation.orderReceived).toBeVisible();
    const confirmationUrl = page.url();

    await page.getByRole('link', { name: /by credit card now$/ }).click();
    await pages.checkout.clickToContinue();
    await expect(pages.invoices.status).toHaveText('Paid');
    expect(portal.ledger.charges.map((charge) => charge.amount)).toEqual([expected.totalDueCents]);

    await page.goto(confirmationUrl);
    await expect(pages.confirmation.orderComplete).toBeVisible();
    await expect(pages.confirmation.fact('Amount charged to your card')).toBeVisible();
    await expect(pages.confirmation.fact('Amount charged to your card')).toHaveText(expected.totalDue);
  });
});
