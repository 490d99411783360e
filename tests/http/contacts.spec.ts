/**
 * Billing › Contacts over HTTP: the list with its primary contact, Add
 * Contact, Edit Contact, Delete Contact with its confirmation, the rules that
 * keep the primary contact and an invoice recipient, and the effect: invoices
 * name the contacts they were sent to. Field-by-field refusals are rows of
 * tests/http/security/bad-input-matrix.spec.ts.
 */
import { contosoDental, northwindTraders } from '../../fixtures/accounts';
import { PortalClient } from '../support/portal-client';
import { expect, test } from '../support/test';
import { addContact, LEE_PARK, postNewContact } from './account-steps';
import { h1, hasFormPostingTo, inputAttributes, testIdText, testIdTexts, textOf } from './html';
import { choosePayment, domainFixture, payWithStoredCard, placeOrder } from './order-steps';

const DANA = contosoDental.contact;
const DANA_RECIPIENT = `${DANA.name} (${DANA.email})`;
const LEE_RECIPIENT = 'Lee Park (lee.park@contoso-dental.example)';
const dental = domainFixture(contosoDental, 'contoso-dental.com');
const ALL_NOTIFICATIONS = 'Invoices, Service changes, Technical notices';

/** The rows of the Contacts list, as the text of each. */
async function contactRows(client: PortalClient): Promise<string[]> {
  const html = await (await client.request.get('/billing/contacts')).text();
  return [...html.matchAll(/<tr data-testid="contact-row"[^>]*>([\s\S]*?)<\/tr>/g)].map((match) => textOf(match[1]!));
}

/** Orders a new mailbox total on contoso-dental.com and pays with the stored card; returns the order id. */
async function orderAndPay(client: PortalClient, mailboxes: number): Promise<string> {
  const orderId = await placeOrder(client, dental, { 'exchange-mailbox': mailboxes });
  expect((await choosePayment(client, orderId, 'credit-card')).status()).toBe(303);
  expect((await payWithStoredCard(client, orderId)).status()).toBe(303);
  return orderId;
}

test.describe('Billing › Contacts, signed in as Contoso Dental', () => {
  let client: PortalClient;
  test.beforeEach(async ({ request }) => {
    client = new PortalClient(request);
    expect((await client.logIn(contosoDental)).status()).toBe(303);
  });

  test('the Billing menu has Contacts, and the list shows the account holder as the primary contact', async ({ request }) => {
    expect(await (await request.get('/home')).text()).toContain('<a href="/billing/contacts">Contacts</a>');
    const response = await request.get('/billing/contacts');
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(h1(html)).toBe('Contacts');
    expect(html).toContain('<a class="button" href="/billing/contacts/new">Add Contact</a>');
    expect(await contactRows(client)).toEqual([`${DANA.name} Primary ${DANA.email} ${DANA.phone} ${ALL_NOTIFICATIONS} Edit Cannot be deleted`]);
    expect(testIdTexts(html, 'primary-badge')).toEqual(['Primary']);
    expect(textOf(html)).toContain('The primary contact is the account holder, who signs in and is responsible for the account, so it cannot be deleted.');
  });

  test('Add Contact is an empty form with the article\'s labels, saved with Save Contact', async ({ request }) => {
    const html = await (await request.get('/billing/contacts/new')).text();
    expect(h1(html)).toBe('Add Contact');
    expect(hasFormPostingTo(html, '/billing/contacts/new')).toBe(true);
    for (const [id, label, name] of [['first-name', 'First name', 'firstName'], ['last-name', 'Last name', 'lastName'], ['email', 'Email address', 'email'], ['phone', 'Phone number (optional)', 'phone']] as const) {
      expect(html).toContain(`<label for="${id}">${label}</label>`);
      expect(inputAttributes(html, id)).toMatchObject({ name, value: '' });
    }
    // A browser lets a person type as much as the rules accept, and no more.
    expect([inputAttributes(html, 'first-name').maxlength, inputAttributes(html, 'last-name').maxlength, inputAttributes(html, 'email').maxlength, inputAttributes(html, 'phone').maxlength]).toEqual(['50', '50', '254', '30']);
    expect(html).toContain('<legend>Email notifications</legend>');
    for (const [value, label] of [['invoices', 'Invoices'], ['service-changes', 'Service changes'], ['technical-notices', 'Technical notices']]) {
      expect(html).toMatch(new RegExp(`<input type="checkbox" name="notifications" value="${value}" > ${label}</label>`));
    }
    expect(html).toContain('>Save Contact</button>');
  });

  test('Save Contact adds the contact after the primary contact, with the notifications ticked', async ({ portal }) => {
    const response = await postNewContact(client, { ...LEE_PARK, notifications: ['technical-notices', 'invoices'] });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe('/billing/contacts');
    const rows = await contactRows(client);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toBe('Lee Park lee.park@contoso-dental.example +1 206 555 0199 Invoices, Technical notices Edit Delete');
    expect(textOf(await (await client.request.get('/billing/contacts')).text())).not.toContain('Lee Park was added'); // the notice is shown once
    const stored = portal.context.store.contactsOf(contosoDental.id).find((contact) => contact.email === LEE_PARK.email);
    expect(stored).toMatchObject({ firstName: 'Lee', lastName: 'Park', phone: '+1 206 555 0199', notifications: ['invoices', 'technical-notices'], primary: false });
  });

  test('after Save Contact the list says who was added, once', async ({ request }) => {
    await postNewContact(client);
    expect(textOf(await (await request.get('/billing/contacts')).text())).toContain('Lee Park was added to your contacts.');
  });

  test('a refused form keeps what was typed, ticks included, and saves nothing', async ({ portal }) => {
    const before = portal.context.store.contacts.size;
    const response = await postNewContact(client, { ...LEE_PARK, email: 'lee.park@', notifications: ['invoices', 'service-changes'] });
    expect(response.status()).toBe(422);
    const html = await response.text();
    expect(inputAttributes(html, 'first-name').value).toBe('Lee');
    expect(inputAttributes(html, 'email')).toMatchObject({ value: 'lee.park@', 'aria-invalid': 'true', 'aria-describedby': 'email-error' });
    expect(inputAttributes(html, 'phone').value).toBe('+1 206 555 0199');
    expect(html).toContain('value="invoices" checked>');
    expect(html).toContain('value="service-changes" checked>');
    expect(html).toContain('value="technical-notices" >');
    expect(textOf(html)).toContain('Check the fields marked below. Nothing has been saved.');
    expect(portal.context.store.contacts.size).toBe(before);
  });

  test('Edit Contact shows the saved details and Save Contact changes them', async ({ request }) => {
    const id = await addContact(client);
    const form = await (await request.get(`/billing/contacts/${id}`)).text();
    expect(h1(form)).toBe('Edit Contact');
    expect(hasFormPostingTo(form, `/billing/contacts/${id}`)).toBe(true);
    expect(inputAttributes(form, 'email').value).toBe(LEE_PARK.email);
    expect(form).toContain('value="invoices" checked>');
    const saved = await client.postForm(`/billing/contacts/${id}`, { ...LEE_PARK, phone: '', notifications: ['invoices', 'service-changes'] });
    expect(saved.status()).toBe(303);
    expect(textOf(await (await request.get('/billing/contacts')).text())).toContain('Your changes to Lee Park were saved.');
    expect((await contactRows(client))[1]).toBe('Lee Park lee.park@contoso-dental.example None Invoices, Service changes Edit Delete');
  });

  test('a contact keeps its own email address on edit, but cannot take another contact\'s', async () => {
    const id = await addContact(client);
    expect((await client.postForm(`/billing/contacts/${id}`, { ...LEE_PARK, email: String(LEE_PARK.email).toUpperCase() })).status()).toBe(303);
    const taken = await client.postForm(`/billing/contacts/${id}`, { ...LEE_PARK, email: DANA.email });
    expect(taken.status()).toBe(422);
    expect(textOf(await taken.text())).toContain('Another contact on this account already has this email address.');
  });

  test('editing the primary contact changes the contact information at checkout and the greeting', async ({ request, portal }) => {
    const primaryId = portal.context.store.contactsOf(contosoDental.id)[0]!.id;
    const editForm = await (await request.get(`/billing/contacts/${primaryId}`)).text();
    expect(textOf(editForm)).toContain('This is the primary contact');
    const saved = await client.postForm(`/billing/contacts/${primaryId}`, { firstName: 'Dana', lastName: 'Whitfield-Ray', email: 'dana@contoso-dental.example', phone: '+1 206 555 0100', notifications: ['invoices'] });
    expect(saved.status()).toBe(303);
    const orderId = await placeOrder(client, dental, { 'exchange-mailbox': 3 });
    await choosePayment(client, orderId, 'credit-card');
    const contactInformation = testIdText(await (await request.get(`/orders/${orderId}/checkout`)).text(), 'contact-information');
    expect(contactInformation).toContain('Dana Whitfield-Ray');
    expect(contactInformation).toContain('dana@contoso-dental.example');
    expect(contactInformation).toContain('+1 206 555 0100');
    expect(contactInformation).toContain(DANA.company);
    expect(h1(await (await request.get('/home')).text())).toBe('Welcome back, Dana Whitfield-Ray');
    // The login is the account's, not the contact's: signing in still uses the fixture's address.
    expect(portal.context.store.accounts.get(contosoDental.id)!.email).toBe(contosoDental.email);
  });

  test('Delete asks first; Delete Contact then deletes', async ({ request, portal }) => {
    const id = await addContact(client);
    const confirm = await request.get(`/billing/contacts/${id}/delete`);
    expect(confirm.status()).toBe(200);
    const html = await confirm.text();
    expect(h1(html)).toBe('Delete Contact');
    expect(textOf(html)).toContain('Delete Lee Park (lee.park@contoso-dental.example)?');
    expect(hasFormPostingTo(html, `/billing/contacts/${id}/delete`)).toBe(true);
    expect(html).toContain('>Delete Contact</button>');
    expect(portal.context.store.contacts.has(id)).toBe(true); // asking deletes nothing

    const deleted = await client.postForm(`/billing/contacts/${id}/delete`, {});
    expect(deleted.status()).toBe(303);
    expect(deleted.headers().location).toBe('/billing/contacts');
    expect(portal.context.store.contacts.has(id)).toBe(false);
    expect(textOf(await (await request.get('/billing/contacts')).text())).toContain('Lee Park was deleted from your contacts.');
    expect(await contactRows(client)).toHaveLength(1);
    expect((await request.get(`/billing/contacts/${id}`)).status()).toBe(404);
  });

  test('the primary contact cannot be deleted, and the portal says why', async ({ request, portal }) => {
    const primaryId = portal.context.store.contactsOf(contosoDental.id)[0]!.id;
    const why = `${DANA.name} is the primary contact: the account holder, who signs in and is responsible for the account. The primary contact cannot be deleted, but you can edit their details.`;
    const page = await request.get(`/billing/contacts/${primaryId}/delete`);
    expect(page.status()).toBe(200);
    const html = await page.text();
    expect(testIdText(html, 'delete-refused')).toBe(why);
    expect(html).not.toContain('>Delete Contact</button>');
    const refused = await client.postForm(`/billing/contacts/${primaryId}/delete`, {}, { csrfFrom: '/billing/contacts' });
    expect(refused.status()).toBe(409);
    expect(testIdText(await refused.text(), 'delete-refused')).toBe(why);
    expect(portal.context.store.contacts.has(primaryId)).toBe(true);
  });

  test('invoices must go to someone: the only recipient cannot untick Invoices or be deleted', async ({ portal }) => {
    const primaryId = portal.context.store.contactsOf(contosoDental.id)[0]!.id;
    const dana = { firstName: 'Dana', lastName: 'Whitfield', email: DANA.email, phone: DANA.phone };
    const untickOnly = await client.postForm(`/billing/contacts/${primaryId}`, { ...dana, notifications: 'service-changes' });
    expect(untickOnly.status()).toBe(422);
    expect(textOf(await untickOnly.text())).toContain('Invoices must go to at least one contact.');

    // With Lee receiving invoices, Dana may stop; then Lee is the only recipient and must stay.
    const lee = await addContact(client);
    expect((await client.postForm(`/billing/contacts/${primaryId}`, { ...dana, notifications: 'service-changes' })).status()).toBe(303);
    const deleteLee = await client.postForm(`/billing/contacts/${lee}/delete`, {});
    expect(deleteLee.status()).toBe(409);
    expect(textOf(await deleteLee.text())).toContain('Lee Park is the only contact who receives invoices, and invoices must go to someone. Tick Invoices for another contact first, then delete Lee Park.');
    expect(portal.context.store.contacts.has(lee)).toBe(true);
  });
});

test.describe('"Invoice sent to": the contacts with Invoices ticked', () => {
  test('checkout names them, and the confirmation and invoice name them as they were when the invoice was issued', async ({ request, portal }) => {
    const client = new PortalClient(request);
    await client.logIn(contosoDental);
    const lee = await addContact(client);
    await addContact(client, { firstName: 'Sam', lastName: 'Ortiz', email: 'sam.ortiz@contoso-dental.example', phone: '', notifications: 'technical-notices' });

    const orderId = await placeOrder(client, dental, { 'exchange-mailbox': 3 });
    await choosePayment(client, orderId, 'credit-card');
    const checkout = await (await request.get(`/orders/${orderId}/checkout`)).text();
    expect(textOf(checkout)).toContain(`Invoice will be sent to ${DANA_RECIPIENT}, ${LEE_RECIPIENT}`);
    expect((await payWithStoredCard(client, orderId)).status()).toBe(303);

    const confirmation = await (await request.get(`/orders/${orderId}/confirmation`)).text();
    expect(testIdText(confirmation, 'invoice-sent-to')).toBe(`Invoice sent to: ${DANA_RECIPIENT}, ${LEE_RECIPIENT}`);
    const invoiceNumber = portal.context.store.orders.get(orderId)!.invoiceNumber!;
    const invoice = await (await request.get(`/billing/invoices/${invoiceNumber}`)).text();
    expect(testIdText(invoice, 'invoice-sent-to')).toBe(`Invoice sent to: ${DANA_RECIPIENT}, ${LEE_RECIPIENT}`);

    // Lee stops receiving invoices: the invoice already sent still names Lee; the next one does not.
    expect((await client.postForm(`/billing/contacts/${lee}`, { ...LEE_PARK, notifications: [] })).status()).toBe(303);
    expect(testIdText(await (await request.get(`/billing/invoices/${invoiceNumber}`)).text(), 'invoice-sent-to')).toBe(`Invoice sent to: ${DANA_RECIPIENT}, ${LEE_RECIPIENT}`);
    const next = await orderAndPay(client, 4);
    expect(testIdText(await (await request.get(`/orders/${next}/confirmation`)).text(), 'invoice-sent-to')).toBe(`Invoice sent to: ${DANA_RECIPIENT}`);
  });

  test('an invoice issued before any change (Northwind\'s overdue one) names the primary contact, and Pay Invoice shows it', async ({ request, portal }) => {
    await new PortalClient(request).logIn(northwindTraders);
    const [invoice] = portal.context.store.invoicesOf(northwindTraders.id);
    const recipient = `${northwindTraders.contact.name} (${northwindTraders.contact.email})`;
    expect(testIdText(await (await request.get(`/billing/invoices/${invoice!.number}`)).text(), 'invoice-sent-to')).toBe(`Invoice sent to: ${recipient}`);
    expect(textOf(await (await request.get(`/billing/invoices/${invoice!.number}/pay`)).text())).toContain(`Invoice sent to ${recipient}`);
  });
});
