/**
 * "Pay Now" on an unpaid invoice: the way out of both blocks the portal
 * enforces (an overdue invoice, an order waiting for a bank transfer).
 */
import { contosoDental, northwindTraders } from '../../fixtures/accounts';
import { declineReason, testCards } from '../../fixtures/cards';
import { PortalClient } from '../support/portal-client';
import { expect, test } from '../support/test';
import { textOf } from './html';

const unchangedTotals = { 'exchange-mailbox': '2', 'bes-user': '1', 'crm-user': '0', 'email-archiving': '2', 'sharepoint-site': '0' };

test.describe('Paying an unpaid invoice by card', () => {
  test('an order left for bank transfer is applied once its invoice is paid, and the block lifts', async ({ request, portal }) => {
    const client = new PortalClient(request);
    await client.logIn(contosoDental);
    const { orderId } = await client.orderNewTotals('contoso-dental.com', { ...unchangedTotals, 'exchange-mailbox': '3' });
    await client.postForm(`/orders/${orderId}/payment-method`, { paymentMethod: 'bank-transfer' }, { csrfFrom: `/orders/${orderId}` });
    const order = portal.context.store.orders.get(orderId!)!;
    const invoiceNumber = order.invoiceNumber!;
    expect(portal.context.store.domainOf('contoso-dental', 'contoso-dental.com')!.services['exchange-mailbox']).toBe(2);
    expect(await (await request.get('/services/contoso-dental.com/upgrade')).text()).toContain('waiting for payment');

    const invoicePage = await request.get(`/billing/invoices/${invoiceNumber}`);
    expect(await invoicePage.text()).toContain('Pay Now');
    const paid = await client.postForm(`/billing/invoices/${invoiceNumber}/pay`, { card: 'stored' });
    expect(paid.status()).toBe(303);
    expect(paid.headers().location).toBe(`/billing/invoices/${invoiceNumber}`);

    expect(portal.context.store.invoices.get(invoiceNumber)!.status).toBe('Paid');
    expect(portal.context.store.domainOf('contoso-dental', 'contoso-dental.com')!.services['exchange-mailbox']).toBe(3);
    expect(portal.ledger.charges).toHaveLength(1);
    expect(portal.ledger.charges[0]!.amount).toBe(166);
    const form = await (await request.get('/services/contoso-dental.com/upgrade')).text();
    expect(form).toContain('Click to Continue');
    expect(form).not.toContain('waiting for payment');
  });

  test('Northwind pays its overdue invoice with a new card and may then change services', async ({ request, portal }) => {
    const client = new PortalClient(request);
    await client.logIn(northwindTraders);
    const overdue = portal.context.store.invoicesOf('northwind-traders')[0]!;
    expect(await (await request.get('/services/northwind-traders.com/upgrade')).text()).toContain('overdue invoice');

    const declined = await client.postForm(`/billing/invoices/${overdue.number}/pay`, {
      card: 'new', number: testCards.visaDeclined.number, name: 'Sam Okafor', expiry: '06/29', cvc: '123',
    });
    expect(declined.headers().location).toBe(`/billing/invoices/${overdue.number}/pay`);
    expect(overdue.status).toBe('Unpaid');
    // Said once, right after the attempt; the form opened again later has no stale message.
    expect(textOf(await (await request.get(`/billing/invoices/${overdue.number}/pay`)).text())).toContain(`${declineReason} You have not been charged.`);
    expect(textOf(await (await request.get(`/billing/invoices/${overdue.number}/pay`)).text())).not.toContain(declineReason);

    const paid = await client.postForm(`/billing/invoices/${overdue.number}/pay`, {
      card: 'new', number: testCards.visaSuccess.number, name: 'Sam Okafor', expiry: '06/29', cvc: '123',
    });
    expect(paid.status()).toBe(303);
    expect(overdue.status).toBe('Paid');
    expect(portal.ledger.charges.map((charge) => charge.amount)).toEqual([overdue.total]);
    expect(await (await request.get('/services/northwind-traders.com/upgrade')).text()).toContain('Click to Continue');
  });

  test('another account cannot see or pay an invoice', async ({ request, portal }) => {
    const client = new PortalClient(request);
    await client.logIn(contosoDental);
    const northwindInvoice = portal.context.store.invoicesOf('northwind-traders')[0]!;
    expect((await request.get(`/billing/invoices/${northwindInvoice.number}/pay`)).status()).toBe(404);
    const attempt = await client.postForm(`/billing/invoices/${northwindInvoice.number}/pay`, { card: 'stored' }, { csrfFrom: '/home' });
    expect(attempt.status()).toBe(404);
    expect(northwindInvoice.status).toBe('Unpaid');
    expect(portal.ledger.charges).toHaveLength(0);
  });
});
