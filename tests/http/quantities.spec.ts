/**
 * The New Configuration form (Upgrade/Downgrade Options): what a customer may
 * type, what is refused and how, and when the form is not offered at all.
 * A refused form must leave the store exactly as it was.
 */
import { contosoDental, northwindTraders, type AccountFixture, type DomainFixture } from '../../fixtures/accounts';
import { serviceById } from '../../fixtures/catalogue';
import { expectedOrder, usd } from '../support/billing-oracle';
import { PortalClient } from '../support/portal-client';
import { expect, test, type MockPortal } from '../support/test';
import { h1, hasFormPostingTo, inputAttributes, orderLineRows, testIdText, textById, textOf } from './html';
import { BILLING_DATE, domainFixture, fixtureTotals, typedTotals } from './order-steps';

const dental = domainFixture(contosoDental, 'contoso-dental.com');
const mailbox = serviceById('exchange-mailbox');

/** The store still holds the fixture's totals for the domain, and no order was placed. */
function expectNothingChanged(portal: MockPortal, account: AccountFixture, domain: DomainFixture): void {
  const stored = portal.context.store.domainOf(account.id, domain.name);
  expect(stored?.services).toEqual(domain.services);
  expect(portal.context.store.orders.size).toBe(0);
}

test.describe('Contoso Dental types new totals for contoso-dental.com', () => {
  let client: PortalClient;

  test.beforeEach(async ({ request }) => {
    client = new PortalClient(request);
    await client.logIn(contosoDental);
  });

  // The cases, plus the mailbox minimum and markup that must come back as text.
  const RANGE = `Enter a total from ${mailbox.min} to ${mailbox.max}.`;
  const DIGITS = 'Enter a whole number using the digits 0–9, such as 3.';
  /** What was typed, and the words beside the field: what is wrong, then the range. */
  const badTotals: [string, string][] = [
    ['', `Enter the new total. ${RANGE}`],
    ['2.5', `${DIGITS} ${RANGE}`],
    ['-1', `The total cannot be negative. ${RANGE}`],
    ['1e3', `${DIGITS} ${RANGE}`],
    ['251', RANGE],
    ['three', `${DIGITS} ${RANGE}`],
    ['0', RANGE],
    ['３', `${DIGITS} ${RANGE}`],
    ['"><b>3</b>', `${DIGITS} ${RANGE}`],
  ];
  for (const [typed, words] of badTotals) {
    test(`"${typed}" for mailboxes is refused beside the field, kept as typed, and nothing changes`, async ({ portal }) => {
      const { response, orderId } = await client.orderNewTotals(dental.name, typedTotals(dental, { 'exchange-mailbox': typed }));
      expect(response.status()).toBe(422);
      expect(orderId).toBeNull();
      const html = await response.text();
      expect(h1(html)).toBe('Upgrade/Downgrade Options');
      expect(textOf(html)).toContain('Some totals need correcting. Nothing has been changed.');

      const field = inputAttributes(html, `total-${mailbox.id}`);
      expect(field.value).toBe(typed);
      expect(field['aria-invalid']).toBe('true');
      const [errorId, hintId] = (field['aria-describedby'] ?? '').split(' ');
      expect(hintId, 'the range hint follows the message').toBe(`total-${mailbox.id}-range`);
      expect(textById(html, errorId ?? '')).toBe(words);
      // The typed text is written back as a value, never as markup.
      expect(html).not.toContain('<b>3</b>');

      for (const [serviceId, total] of Object.entries(fixtureTotals(dental))) {
        if (serviceId === mailbox.id) continue;
        const other = inputAttributes(html, `total-${serviceId}`);
        expect(other.value, serviceId).toBe(String(total));
        expect(other['aria-invalid'], serviceId).toBeUndefined();
      }
      expectNothingChanged(portal, contosoDental, dental);
    });
  }

  test('every wrong field gets its own message', async ({ portal }) => {
    const { response } = await client.orderNewTotals(dental.name, typedTotals(dental, { 'exchange-mailbox': '', 'bes-user': '-2', 'crm-user': '4' }));
    expect(response.status()).toBe(422);
    const html = await response.text();
    const bes = serviceById('bes-user');
    for (const [serviceId, words] of [
      ['exchange-mailbox', `Enter the new total. Enter a total from ${mailbox.min} to ${mailbox.max}.`],
      ['bes-user', `The total cannot be negative. Enter a total from ${bes.min} to ${bes.max}.`],
    ] as const) {
      const field = inputAttributes(html, `total-${serviceId}`);
      expect(field['aria-describedby'], serviceId).toBe(`total-${serviceId}-error total-${serviceId}-range`);
      expect(textById(html, `total-${serviceId}-error`), serviceId).toBe(words);
    }
    expect(inputAttributes(html, 'total-crm-user')['aria-invalid']).toBeUndefined();
    expect(inputAttributes(html, 'total-crm-user').value).toBe('4');
    expectNothingChanged(portal, contosoDental, dental);
  });

  test('a field left out of the form, or sent twice, is refused', async ({ portal }) => {
    const fields = Object.fromEntries(Object.entries(typedTotals(dental, { 'exchange-mailbox': 3 })).map(([id, value]) => [`total.${id}`, value]));
    const { ['total.bes-user']: _left, ...missing } = fields;
    const bes = serviceById('bes-user');
    const cases: [Record<string, string | string[]>, string, string][] = [
      [missing, 'bes-user', `This total was missing from the form. Enter a total from ${bes.min} to ${bes.max}.`],
      [{ ...fields, 'total.exchange-mailbox': ['3', '4'] }, 'exchange-mailbox', `This total was sent more than once. Enter one total from ${mailbox.min} to ${mailbox.max}.`],
    ];
    for (const [sent, serviceId, words] of cases) {
      const response = await client.postForm(`/services/${dental.name}/upgrade`, sent);
      expect(response.status(), serviceId).toBe(422);
      expect(textById(await response.text(), `total-${serviceId}-error`), serviceId).toBe(words);
    }
    expectNothingChanged(portal, contosoDental, dental);
  });

  test('sending the current totals says nothing changed and places no order', async ({ portal }) => {
    const { response, orderId } = await client.orderNewTotals(dental.name, typedTotals(dental));
    expect(response.status()).toBe(422);
    expect(orderId).toBeNull();
    expect(textOf(await response.text())).toContain('You have not changed any totals');
    expectNothingChanged(portal, contosoDental, dental);
  });

  test('"11" followed by a non-breaking space (as pasted from a document) is 11', async ({ portal }) => {
    const { response, orderId } = await client.orderNewTotals(dental.name, typedTotals(dental, { 'exchange-mailbox': '11\u00a0' }));
    expect(response.status()).toBe(303);
    expect(portal.context.store.orders.get(orderId!)!.configurationAfter['exchange-mailbox']).toBe(11);
  });

  test('a valid change places an order whose summary shows each line, the total due and the new monthly total', async ({ request, portal }) => {
    const changes = { 'exchange-mailbox': 3, 'email-archiving': 3, 'sharepoint-site': 1 };
    const expected = expectedOrder(dental, changes, BILLING_DATE);
    // Spaces around a number are forgiven, as a browser may send them.
    const { response, orderId } = await client.orderNewTotals(dental.name, typedTotals(dental, { ...changes, 'exchange-mailbox': ' 3 ' }));
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe(`/orders/${orderId}`);

    const html = await (await request.get(`/orders/${orderId}`)).text();
    expect(h1(html)).toBe('Order Summary');
    expect(orderLineRows(html).map((row) => row.cells)).toEqual(
      expected.lines.map((line) => [line.serviceName, String(line.oldTotal), String(line.newTotal), line.change, line.unitPrice, line.daysCharged, line.amount]),
    );
    expect(orderLineRows(html).map((row) => row.service)).toEqual(Object.keys(changes));
    expect(testIdText(html, 'total-due')).toBe(expected.totalDue);
    expect(testIdText(html, 'domain-monthly-total')).toBe(expected.newMonthlyTotal);
    // Only a quote so far: nothing is applied before payment.
    expect(portal.context.store.domainOf(contosoDental.id, dental.name)?.services).toEqual(dental.services);
  });
});

test.describe('where the form is not offered', () => {
  test('contoso.shop has no hosting package: a package must be purchased first, and a POST is refused', async ({ request, portal }) => {
    const client = new PortalClient(request);
    await client.logIn(contosoDental);
    const shop = domainFixture(contosoDental, 'contoso.shop');
    const page = await request.get(`/services/${shop.name}/upgrade`);
    expect(page.status()).toBe(200);
    const html = await page.text();
    expect(testIdText(html, 'change-blocked')).toContain('a package must be purchased first');
    expect(hasFormPostingTo(html, `/services/${shop.name}/upgrade`)).toBe(false);

    const { response, orderId } = await client.orderNewTotals(shop.name, typedTotals(shop, { 'exchange-mailbox': 1 }));
    expect(response.status()).toBe(409);
    expect(orderId).toBeNull();
    expect(testIdText(await response.text(), 'change-blocked')).toContain('a package must be purchased first');
    expectNothingChanged(portal, contosoDental, shop);
  });

  test('Northwind Traders has an overdue invoice: pay it first, and a POST changes nothing', async ({ request, portal }) => {
    const client = new PortalClient(request);
    await client.logIn(northwindTraders);
    const domain = domainFixture(northwindTraders, 'northwind-traders.com');
    const [overdue] = portal.context.store.invoicesOf(northwindTraders.id);
    const page = await request.get(`/services/${domain.name}/upgrade`);
    expect(page.status()).toBe(200);
    const html = await page.text();
    const block = testIdText(html, 'change-blocked');
    expect(block).toContain(`overdue invoice (${overdue!.number})`);
    expect(block).toContain('please pay the invoice first');
    expect(html).toContain(`href="/billing/invoices/${overdue!.number}"`);
    expect(hasFormPostingTo(html, `/services/${domain.name}/upgrade`)).toBe(false);

    const { response, orderId } = await client.orderNewTotals(domain.name, typedTotals(domain, { 'exchange-mailbox': 5 }));
    expect(response.status()).toBe(409);
    expect(orderId).toBeNull();
    expectNothingChanged(portal, northwindTraders, domain);
    expect(portal.context.store.invoicesOf(northwindTraders.id).map((invoice) => [invoice.status, usd(invoice.total)])).toEqual([
      ['Unpaid', usd(northwindTraders.unpaidInvoices[0].amountCents)],
    ]);
  });
});
