/**
 * A domain's BES Users over HTTP: the list and its licences, Add BES User
 * within the licences bought, Generate Activation Password (shown once,
 * stored as a hash, 48 hours on the portal clock), Remove with its
 * confirmation, and the Upgrade/Downgrade Options rule that the BES total
 * cannot drop below the BES users. Field refusals are matrix rows.
 */
import { contosoDental } from '../../fixtures/accounts';
import { verifyPassword } from '../../mock-portal/src/passwords';
import { PortalClient } from '../support/portal-client';
import { expect, test } from '../support/test';
import { ALEX_KIM, postNewBesUser } from './account-steps';
import { h1, hasFormPostingTo, inputAttributes, testIdText, textById, textOf } from './html';
import { choosePayment, domainFixture, payWithStoredCard, placeOrder, typedTotals } from './order-steps';

const dental = domainFixture(contosoDental, 'contoso-dental.com');
const DOMAIN = dental.name;
const LIST = `/services/${DOMAIN}/bes-users`;
const JORDAN = { displayName: 'Jordan Lee', email: 'jordan.lee@contoso-dental.com' };
const HOUR = 60 * 60 * 1000;
/** The default portal instant (2026-11-26T15:00Z) plus 48 hours, as the portal writes it in UTC. */
const EXPIRY_TEXT = 'November 28, 2026 at 15:00 UTC';
const PASSWORD_FORMAT = /^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/;

async function listRows(client: PortalClient): Promise<string[]> {
  const html = await (await client.request.get(LIST)).text();
  return [...html.matchAll(/<tr data-testid="bes-user-row">([\s\S]*?)<\/tr>/g)].map((match) => textOf(match[1]!));
}

/** The no-licence message as read aloud: a link's text joins the sentence around it. */
function refusalText(html: string): string {
  return testIdText(html, 'no-licence-left').replace(/ ,/g, ',');
}

async function licences(client: PortalClient): Promise<[string, string, string]> {
  const html = await (await client.request.get(LIST)).text();
  return [testIdText(html, 'bes-licence-total'), testIdText(html, 'bes-licences-in-use'), testIdText(html, 'bes-licences-available')];
}

/** Orders new totals for contoso-dental.com and pays with the stored card. */
async function orderAndPay(client: PortalClient, changes: Record<string, number>): Promise<void> {
  const orderId = await placeOrder(client, dental, changes);
  expect((await choosePayment(client, orderId, 'credit-card')).status()).toBe(303);
  expect((await payWithStoredCard(client, orderId)).status()).toBe(303);
}

test.describe('BES Users on contoso-dental.com (1 BES user licence)', () => {
  let client: PortalClient;
  test.beforeEach(async ({ request }) => {
    client = new PortalClient(request);
    expect((await client.logIn(contosoDental)).status()).toBe(303);
  });

  test('Management Actions has BES Users and CRM Organizations', async ({ request }) => {
    const html = await (await request.get(`/services/${DOMAIN}`)).text();
    expect(html).toContain(`<li><a href="/services/${DOMAIN}/bes-users">BES Users</a></li>`);
    expect(html).toContain(`<li><a href="/services/${DOMAIN}/crm-organizations">CRM Organizations</a></li>`);
  });

  test('the page lists no BES users yet and one licence available', async ({ request }) => {
    const response = await request.get(LIST);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(h1(html)).toBe('BES Users');
    expect(html).toContain(`<a class="button" href="/services/${DOMAIN}/bes-users/new">Add BES User</a>`);
    expect(textOf(html)).toContain(`There are no BES users on ${DOMAIN} yet.`);
    expect(await licences(client)).toEqual(['1', '0', '1']);
    expect(html).not.toContain('data-testid="no-licence-left"');
  });

  test('Add BES User asks for a display name and an address on the domain', async ({ request }) => {
    const html = await (await request.get(`${LIST}/new`)).text();
    expect(h1(html)).toBe('Add BES User');
    expect(hasFormPostingTo(html, `${LIST}/new`)).toBe(true);
    expect(html).toContain('<label for="display-name">Display name</label>');
    expect(html).toContain('<label for="email">Email address</label>');
    expect(inputAttributes(html, 'display-name')).toMatchObject({ name: 'displayName', value: '', maxlength: '64' });
    expect(inputAttributes(html, 'email')).toMatchObject({ name: 'email', value: '', maxlength: '254', 'aria-describedby': 'email-hint' });
    expect(textById(html, 'email-hint')).toBe(`An address on ${DOMAIN}, such as name@${DOMAIN}.`);
    expect(html).toContain('>Add BES User</button>');
  });

  test('the added user is listed as "Not activated" and takes the licence', async ({ request, portal }) => {
    const response = await postNewBesUser(client, DOMAIN);
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe(LIST);
    const html = await (await request.get(LIST)).text();
    expect(textOf(html)).toContain('Alex Kim was added. Select Generate Activation Password to activate their BlackBerry device.');
    expect(await listRows(client)).toEqual(['Alex Kim alex.kim@contoso-dental.com Not activated Generate Activation Password Remove']);
    expect(await licences(client)).toEqual(['1', '1', '0']);
    expect(portal.context.store.besUsersOf(portal.context.store.domainOf(contosoDental.id, DOMAIN)!)).toEqual([
      expect.objectContaining({ displayName: 'Alex Kim', email: 'alex.kim@contoso-dental.com', activation: null }),
    ]);
  });

  test('one more than the licences is refused, with a way to buy one and the guide named', async ({ request, portal }) => {
    await postNewBesUser(client, DOMAIN);
    const message = `${DOMAIN} has 1 BES user licence and it is in use, so another BES user cannot be added.`;
    const howTo = 'To add another BES user, first raise the BES user total with Upgrade/Downgrade Options, as the guide “Add or Remove Hosted Services” shows.';
    const upgradeLink = `<a href="/services/${DOMAIN}/upgrade">Upgrade/Downgrade Options</a>`;

    for (const html of [await (await request.get(LIST)).text(), await (await request.get(`${LIST}/new`)).text()]) {
      expect(refusalText(html)).toBe(`${message} ${howTo}`);
      expect(html).toContain(upgradeLink);
    }
    expect(await (await request.get(`${LIST}/new`)).text()).not.toContain('>Add BES User</button>');

    const users = portal.context.store.besUsers.size;
    const refused = await postNewBesUser(client, DOMAIN, JORDAN, { csrfFrom: LIST });
    expect(refused.status()).toBe(409);
    expect(refusalText(await refused.text())).toBe(`${message} ${howTo}`);
    expect(portal.context.store.besUsers.size).toBe(users);
  });

  test('a licence bought with Upgrade/Downgrade Options makes room for one more', async () => {
    await postNewBesUser(client, DOMAIN);
    await orderAndPay(client, { 'bes-user': 2 });
    expect(await licences(client)).toEqual(['2', '1', '1']);
    expect((await postNewBesUser(client, DOMAIN, JORDAN)).status()).toBe(303);
    expect(await licences(client)).toEqual(['2', '2', '0']);
  });

  test('an order waiting for a bank transfer that lowers the BES total already counts', async () => {
    await orderAndPay(client, { 'bes-user': 2 });
    await postNewBesUser(client, DOMAIN);
    // One more mailbox and one BES licence fewer, by bank transfer: not applied yet, but it will be.
    const orderId = await placeOrder(client, dental, { 'bes-user': 1, 'exchange-mailbox': 3 });
    expect((await choosePayment(client, orderId, 'bank-transfer')).status()).toBe(303);
    expect(await licences(client)).toEqual(['1', '1', '0']);
    const refused = await postNewBesUser(client, DOMAIN, JORDAN, { csrfFrom: LIST });
    expect(refused.status()).toBe(409);
    expect(textOf(await refused.text())).toContain(`${DOMAIN} has 1 BES user licence and it is in use`);
  });

  test('Generate Activation Password shows a one-time password once, stores only its hash, and never logs it', async ({ request, portal }) => {
    await postNewBesUser(client, DOMAIN);
    const user = [...portal.context.store.besUsers.values()][0]!;
    const list = await (await request.get(LIST)).text();
    expect(hasFormPostingTo(list, `${LIST}/${user.id}/activation-password`)).toBe(true);

    const response = await client.postForm(`${LIST}/${user.id}/activation-password`, {}, { csrfFrom: LIST });
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('no-store');
    const html = await response.text();
    expect(h1(html)).toBe('Activation Password');
    const password = testIdText(html, 'activation-password');
    expect(password).toMatch(PASSWORD_FORMAT);
    expect(testIdText(html, 'bes-user-status')).toBe('Activation pending');
    expect(testIdText(html, 'activation-expires')).toBe(EXPIRY_TEXT);
    expect(textOf(html)).toContain('This password is shown only this once.');

    // Kept as a hash of that password, never the password itself; not in the log; not on the list.
    const stored = portal.context.store.besUsers.get(user.id)!.activation!;
    expect(stored.passwordHash).toMatch(/^scrypt\$/);
    expect(stored.passwordHash).not.toContain(password);
    expect(await verifyPassword(password, stored.passwordHash)).toBe(true);
    expect(stored.expiresAt - stored.generatedAt).toBe(48 * HOUR);
    expect(portal.logs.join('\n')).not.toContain(password);
    expect(portal.logs.some((line) => line.includes(`BES user ${user.id} on ${DOMAIN}: activation password generated`))).toBe(true);
    const after = await (await request.get(LIST)).text();
    expect(after).not.toContain(password);
    expect(await listRows(client)).toEqual([`Alex Kim alex.kim@contoso-dental.com Activation pending Password valid until ${EXPIRY_TEXT} Generate Activation Password Remove`]);
  });

  test('the password is pending until a moment before 48 h on the portal clock, then expired; a new one starts again', async ({ portal }) => {
    await postNewBesUser(client, DOMAIN);
    const user = [...portal.context.store.besUsers.values()][0]!;
    const first = testIdText(await (await client.postForm(`${LIST}/${user.id}/activation-password`, {}, { csrfFrom: LIST })).text(), 'activation-password');

    // Moving the clock two days also ends the session (30 idle minutes): sign in again each time.
    portal.clock.advance(48 * HOUR - 1);
    await client.logIn(contosoDental);
    expect((await listRows(client))[0]).toContain(`Activation pending Password valid until ${EXPIRY_TEXT}`);
    portal.clock.advance(1);
    expect((await listRows(client))[0]).toContain(`Activation expired Password expired on ${EXPIRY_TEXT}: generate a new one`);

    const again = await (await client.postForm(`${LIST}/${user.id}/activation-password`, {}, { csrfFrom: LIST })).text();
    const second = testIdText(again, 'activation-password');
    expect(second).not.toBe(first);
    expect(testIdText(again, 'activation-expires')).toBe('November 30, 2026 at 15:00 UTC');
    expect(await verifyPassword(first, user.activation!.passwordHash)).toBe(false); // the new password replaced the old
    expect((await listRows(client))[0]).toContain('Activation pending Password valid until November 30, 2026 at 15:00 UTC');
  });

  test('Remove asks first; Remove BES User then frees the licence', async ({ request, portal }) => {
    await postNewBesUser(client, DOMAIN);
    const user = [...portal.context.store.besUsers.values()][0]!;
    const confirm = await (await request.get(`${LIST}/${user.id}/remove`)).text();
    expect(h1(confirm)).toBe('Remove BES User');
    expect(textOf(confirm)).toContain(`Remove Alex Kim (alex.kim@contoso-dental.com) from ${DOMAIN}?`);
    expect(hasFormPostingTo(confirm, `${LIST}/${user.id}/remove`)).toBe(true);
    expect(portal.context.store.besUsers.has(user.id)).toBe(true);

    const removed = await client.postForm(`${LIST}/${user.id}/remove`, {});
    expect(removed.status()).toBe(303);
    expect(removed.headers().location).toBe(LIST);
    expect(portal.context.store.besUsers.has(user.id)).toBe(false);
    expect(textOf(await (await request.get(LIST)).text())).toContain(`Alex Kim was removed from ${DOMAIN}. Their BES licence is free for another user.`);
    expect(await licences(client)).toEqual(['1', '0', '1']);
    expect((await request.get(`${LIST}/${user.id}/remove`)).status()).toBe(404);
  });

  test('Upgrade/Downgrade Options refuses a BES total below the BES users, naming them', async ({ portal }) => {
    await orderAndPay(client, { 'bes-user': 2 });
    await postNewBesUser(client, DOMAIN);
    await postNewBesUser(client, DOMAIN, JORDAN);
    const orders = portal.context.store.orders.size;

    const response = await client.postForm(`/services/${DOMAIN}/upgrade`, Object.fromEntries(Object.entries(typedTotals(dental, { 'bes-user': 1 })).map(([id, value]) => [`total.${id}`, value])));
    expect(response.status()).toBe(422);
    const html = await response.text();
    expect(textById(html, 'total-bes-user-error')).toBe(
      `${DOMAIN} has 2 BES users, so its BES total cannot be lower than 2. Remove 1 of these BES users first (BES Users page): Alex Kim (alex.kim@contoso-dental.com), Jordan Lee (jordan.lee@contoso-dental.com).`,
    );
    expect(textOf(html)).toContain('Some totals need correcting. Nothing has been changed.');
    expect(portal.context.store.orders.size).toBe(orders);
    // At the number of users it is fine.
    expect((await client.orderNewTotals(DOMAIN, typedTotals(dental, { 'bes-user': 2, 'exchange-mailbox': 3 }))).orderId).not.toBeNull();
  });

  test('a quote lowering the BES total goes stale when a BES user is added before it is paid', async ({ request }) => {
    await orderAndPay(client, { 'bes-user': 2 });
    await postNewBesUser(client, DOMAIN);
    const orderId = await placeOrder(client, dental, { 'bes-user': 1, 'exchange-mailbox': 3 });
    await choosePayment(client, orderId, 'credit-card');
    expect((await postNewBesUser(client, DOMAIN, JORDAN)).status()).toBe(303);
    const pay = await payWithStoredCard(client, orderId);
    expect(pay.status()).toBe(409);
    const html = await pay.text();
    expect(h1(html)).toBe('Review your order again');
    expect(textOf(html)).toContain(`After this order was priced, BES users were added to ${DOMAIN}: it has 2, more than the 1 BES user licence this order would leave.`);
    expect(await licences(client)).toEqual(['2', '2', '0']);
    expect((await request.get(`/orders/${orderId}/confirmation`, { maxRedirects: 0 })).status()).toBe(303);
  });
});
