import { contosoDental } from '../../fixtures/accounts';
import { PortalClient } from '../support/portal-client';
import { expect, test } from '../support/test';

test('a signed-in customer can place an order over plain HTTP', async ({ request, portal }) => {
  const client = new PortalClient(request);
  const login = await client.logIn(contosoDental);
  expect(login.status()).toBe(303);
  const { orderId } = await client.orderNewTotals('contoso-dental.com', {
    'exchange-mailbox': '3', 'bes-user': '1', 'crm-user': '0', 'email-archiving': '2', 'sharepoint-site': '0',
  });
  expect(orderId).not.toBeNull();
  expect(portal.context.store.orders.get(orderId!)?.quote.totalDue).toBe(166);
});
