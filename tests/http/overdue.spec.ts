/**
 * When an unpaid invoice becomes overdue. Bank transfers have 14 days: the
 * invoice is due on the 14th day after it was issued and is still current that
 * day; from the 15th it is overdue, and an overdue invoice blocks any service
 * change on the account until it is paid.
 */
import { contosoDental } from '../../fixtures/accounts';
import { invoiceRecipients } from '../../mock-portal/src/contacts';
import { cents } from '../../mock-portal/src/domain/money';
import { NO_CARD_ATTEMPTS } from '../../mock-portal/src/store';
import { PortalClient } from '../support/portal-client';
import { expect, test } from '../support/test';
import { testIdText, testIdTexts, textOf } from './html';
import { choosePayment, domainFixture, placeOrder, typedTotals } from './order-steps';

const dental = domainFixture(contosoDental, 'contoso-dental.com');
const ONE_MORE_MAILBOX = { 'exchange-mailbox': 3 };

async function signIn(client: PortalClient): Promise<void> {
  expect((await client.logIn(contosoDental)).status()).toBe(303);
}

/** The Invoices page's row for `number`, as a customer reads it: number, issued, due, total, status. */
async function invoiceRow(client: PortalClient, number: string): Promise<string> {
  const rows = testIdTexts(await (await client.request.get('/billing/invoices')).text(), 'invoice-row');
  const row = rows.find((text) => text.startsWith(`${number} `));
  if (!row) throw new Error(`No row for ${number} among ${JSON.stringify(rows)}`);
  return row;
}

async function blockMessage(client: PortalClient): Promise<string> {
  return testIdText(await (await client.request.get(`/services/${dental.name}/upgrade`)).text(), 'change-blocked');
}

test('a bank-transfer invoice issued on 26 November is due 10 December: Unpaid that day, Overdue on the 11th', async ({ request, portal }) => {
  const client = new PortalClient(request);
  await signIn(client);
  const orderId = await placeOrder(client, dental, ONE_MORE_MAILBOX);
  await choosePayment(client, orderId, 'bank-transfer');
  const number = portal.context.store.orders.get(orderId)!.invoiceNumber!;
  expect(await invoiceRow(client, number)).toBe(`${number} November 26, 2026 December 10, 2026 $1.66 Unpaid`);

  // The 14th day, the due date, in its last minutes: the order still waits for its transfer, and nothing is overdue.
  portal.clock.set('2026-12-10T23:45:00Z');
  await signIn(client); // two weeks idle ended the session
  expect(await invoiceRow(client, number)).toBe(`${number} November 26, 2026 December 10, 2026 $1.66 Unpaid`);
  expect(await blockMessage(client)).toBe(`Order ${orderId} for ${dental.name} is waiting for payment by bank transfer on invoice ${number}. A new change can be ordered once it is paid. View invoice ${number}`);

  // The 15th day: overdue, and the block says so.
  portal.clock.set('2026-12-11T00:00:00Z');
  expect(await invoiceRow(client, number)).toBe(`${number} November 26, 2026 December 10, 2026 $1.66 Overdue`);
  expect(await blockMessage(client)).toBe(`Your account has an overdue invoice (${number}). Services can be changed once the account is current: please pay the invoice first. View invoice ${number}`);
});

test('an invoice with nothing else unsettled: changes are allowed on its due date and refused from the next day', async ({ request, portal }) => {
  // A monthly hosting invoice of 26 November on bank-transfer terms, with no order waiting on it.
  const invoice = portal.context.store.addInvoice({
    accountId: contosoDental.id,
    orderId: null,
    sentTo: invoiceRecipients(portal.context.store, contosoDental.id),
    issuedOn: '2026-11-26',
    dueOn: '2026-12-10',
    lines: [{ kind: 'service', description: `Monthly hosting: ${dental.name}`, amount: cents(4530) }],
    total: cents(4530),
    status: 'Unpaid',
    paidOn: null,
    paymentMethod: 'bank-transfer',
    chargeId: null,
    ...NO_CARD_ATTEMPTS,
  });
  const client = new PortalClient(request);

  portal.clock.set('2026-12-10T23:45:00Z');
  await signIn(client);
  const upgrade = textOf(await (await request.get(`/services/${dental.name}/upgrade`)).text());
  expect(upgrade).toContain('Click to Continue');
  expect(upgrade).not.toContain('overdue');
  const allowed = await client.orderNewTotals(dental.name, typedTotals(dental, ONE_MORE_MAILBOX));
  expect(allowed.response.status()).toBe(303);
  expect(portal.context.store.orders.get(allowed.orderId ?? '')).toMatchObject({ status: 'quoted', domainName: dental.name, quotedOn: '2026-12-10' });

  portal.clock.set('2026-12-11T00:00:00Z'); // 15 minutes later: the session lives on, the date has moved
  expect(await blockMessage(client)).toBe(`Your account has an overdue invoice (${invoice.number}). Services can be changed once the account is current: please pay the invoice first. View invoice ${invoice.number}`);
  const refused = await client.orderNewTotals(dental.name, typedTotals(dental, ONE_MORE_MAILBOX));
  expect(refused.response.status()).toBe(409);
  expect(refused.orderId).toBeNull();
  expect(portal.context.store.orders.size).toBe(1);
});
