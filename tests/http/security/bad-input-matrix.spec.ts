/**
 * The bad-input matrix: one row per thing a customer, a stale page or an
 * attacker might send. Every row asserts the status, the words the customer
 * sees (beside the field when there is one), that the store is exactly as it
 * was, and that the gateway was never asked for money.
 */
import type { APIResponse } from '@playwright/test';
import { contosoDental, fabrikamLaw } from '../../../fixtures/accounts';
import { PortalClient } from '../../support/portal-client';
import { expect, test } from '../../support/test';
import { DENTAL, FORM_EXPIRED, GOOD_CARD, ONE_MORE_MAILBOX, fieldError, placeOrder, signIn, snapshot, textOf, toCheckout } from './support';

type Setup = 'signed-out' | 'signed-in' | 'checkout';

interface Context {
  readonly client: PortalClient;
  /** an order of Contoso's at Checkout (setup "checkout") */
  readonly orderId: string;
  /** a valid CSRF token for this session */
  readonly csrf: string;
  /** Fabrikam's open order, for the authorization rows */
  readonly otherOrderId: string;
}

interface Row {
  readonly area: 'quantity' | 'fields' | 'body' | 'content type' | 'card' | 'csrf' | 'auth';
  readonly name: string;
  readonly setup: Setup;
  readonly send: (context: Context) => Promise<APIResponse>;
  readonly status: number;
  /** words on the page */
  readonly text?: string;
  /** [field error id, words beside the field] */
  readonly field?: readonly [string, string];
  /** where a redirect goes */
  readonly location?: RegExp;
}

const RANGE_1_250 = 'Enter a total from 1 to 250.';
const WHOLE_NUMBER = 'Enter a whole number using the digits 0–9, such as 3.';
const NOTHING_CHANGED = 'Some totals need correcting. Nothing has been changed.';
const TOO_LARGE = 'The form you sent was larger than any form on this portal, so it was not read. Nothing was changed.';
const UNSUPPORTED = 'This page only accepts forms sent from the portal.';
const CHECK_CARD = 'Check the card details below. You have not been charged.';
const NOT_FOUND = 'We could not find that page.';
const WRONG_LOGIN = 'The email address or password is not correct.';

const totalsForm = (changes: Record<string, string | string[]> = {}): Record<string, string | string[]> => ({
  ...Object.fromEntries(Object.entries(ONE_MORE_MAILBOX).map(([id, value]) => [`total.${id}`, value])),
  ...changes,
});
const upgrade = (changes: Record<string, string | string[]>) => ({ client }: Context) => client.postForm(`/services/${DENTAL}/upgrade`, totalsForm(changes));
const upgradeWithout = (...names: string[]) => ({ client }: Context) => {
  const fields = totalsForm();
  for (const name of names) delete fields[name];
  return client.postForm(`/services/${DENTAL}/upgrade`, fields);
};
const newCard = (card: Partial<Record<keyof typeof GOOD_CARD, string>>, extra: Record<string, string> = {}) => ({ client, orderId }: Context) =>
  client.postForm(`/orders/${orderId}/checkout`, { card: 'new', ...GOOD_CARD, ...card, ...extra });
/** A raw POST: the body and content type exactly as given, with this session's token where the body has {csrf}. */
const raw = (path: (context: Context) => string, contentType: string | null, body: (csrf: string) => string | Buffer) => (context: Context) =>
  context.client.request.post(path(context), {
    headers: contentType ? { 'content-type': contentType } : {},
    data: body(context.csrf),
    maxRedirects: 0,
  });
const upgradePath = () => `/services/${DENTAL}/upgrade`;
const checkoutPath = ({ orderId }: Context) => `/orders/${orderId}/checkout`;
const formBody = (csrf: string) => new URLSearchParams({ _csrf: csrf, ...(totalsForm() as Record<string, string>) }).toString();

const quantity = (typed: string, message: string, service = 'exchange-mailbox'): Row => ({
  area: 'quantity',
  name: `${service} = ${JSON.stringify(typed)}`,
  setup: 'signed-in',
  send: upgrade({ [`total.${service}`]: typed }),
  status: 422,
  text: NOTHING_CHANGED,
  field: [`total-${service}-error`, message],
});

const rows: Row[] = [
  // Quantities: only a plain whole number in the service's range.
  quantity('0', RANGE_1_250),
  quantity('251', RANGE_1_250),
  quantity('-1', 'The total cannot be negative.'),
  quantity('-0', 'The total cannot be negative.'),
  quantity('1.5', WHOLE_NUMBER),
  quantity('3.0', WHOLE_NUMBER),
  quantity('1e2', WHOLE_NUMBER),
  quantity('1E1', WHOLE_NUMBER),
  quantity('0x10', WHOLE_NUMBER),
  quantity('+3', WHOLE_NUMBER),
  quantity('1,000', WHOLE_NUMBER),
  quantity('3 4', WHOLE_NUMBER),
  quantity('99999999999999999999999999', RANGE_1_250),
  quantity('9'.repeat(400), RANGE_1_250),
  quantity('', 'Enter the new total.'),
  quantity('   ', 'Enter the new total.'),
  quantity('\u00a03', WHOLE_NUMBER),
  quantity('\n3', WHOLE_NUMBER),
  quantity('\u0663', WHOLE_NUMBER), // Arabic-Indic three
  quantity('\uff13', WHOLE_NUMBER), // fullwidth three
  quantity('\u0969', WHOLE_NUMBER), // Devanagari three
  quantity('three', WHOLE_NUMBER),
  quantity('Infinity', WHOLE_NUMBER),
  quantity('NaN', WHOLE_NUMBER),
  quantity('3; DROP TABLE orders', WHOLE_NUMBER),
  quantity('<b>3</b>', WHOLE_NUMBER),
  quantity('251', 'Enter a total from 0 to 250.', 'bes-user'),
  quantity('-2', 'The total cannot be negative.', 'crm-user'),

  // Fields: what the form does not have, or has twice, or leaves out.
  { area: 'fields', name: 'unknown service total.hacker-service', setup: 'signed-in', send: upgrade({ 'total.hacker-service': '5' }), status: 422, text: 'The form sent a field this page does not have ("total.hacker-service")' },
  { area: 'fields', name: 'unknown field isAdmin', setup: 'signed-in', send: upgrade({ isAdmin: 'true' }), status: 422, text: 'The form sent a field this page does not have ("isAdmin")' },
  { area: 'fields', name: 'a domain field trying another domain', setup: 'signed-in', send: upgrade({ domain: 'contoso-labs.net' }), status: 422, text: 'Nothing has been changed.' },
  { area: 'fields', name: 'total.__proto__', setup: 'signed-in', send: upgrade({ 'total.__proto__': '3' }), status: 422, text: 'this page does not have' },
  { area: 'fields', name: 'array syntax total.exchange-mailbox[]', setup: 'signed-in', send: upgrade({ 'total.exchange-mailbox[]': '3' }), status: 422, text: 'this page does not have' },
  { area: 'fields', name: 'total.exchange-mailbox twice', setup: 'signed-in', send: upgrade({ 'total.exchange-mailbox': ['3', '4'] }), status: 422, field: ['total-exchange-mailbox-error', 'This total was sent more than once.'] },
  { area: 'fields', name: 'total.exchange-mailbox twice, same value', setup: 'signed-in', send: upgrade({ 'total.exchange-mailbox': ['3', '3'] }), status: 422, field: ['total-exchange-mailbox-error', 'This total was sent more than once.'] },
  { area: 'fields', name: 'total.bes-user missing', setup: 'signed-in', send: upgradeWithout('total.bes-user'), status: 422, field: ['total-bes-user-error', 'This total was missing from the form.'] },
  { area: 'fields', name: 'every total missing', setup: 'signed-in', send: upgradeWithout(...Object.keys(totalsForm())), status: 422, field: ['total-exchange-mailbox-error', 'This total was missing from the form.'] },
  { area: 'fields', name: 'no payment method chosen', setup: 'checkout', send: ({ client, orderId }) => client.postForm(`/orders/${orderId}/payment-method`, {}, { csrfFrom: `/orders/${orderId}` }), status: 422, text: 'Choose how you would like to pay: Credit Card or Bank Transfer.' },
  { area: 'fields', name: 'an unknown payment method', setup: 'checkout', send: ({ client, orderId }) => client.postForm(`/orders/${orderId}/payment-method`, { paymentMethod: 'bitcoin' }, { csrfFrom: `/orders/${orderId}` }), status: 422, text: 'Choose how you would like to pay' },
  { area: 'fields', name: 'payment method sent twice', setup: 'checkout', send: ({ client, orderId }) => client.postForm(`/orders/${orderId}/payment-method`, { paymentMethod: ['credit-card', 'bank-transfer'] }, { csrfFrom: `/orders/${orderId}` }), status: 422, text: 'Choose how you would like to pay' },

  // Bodies
  { area: 'body', name: 'a 20 KB form', setup: 'signed-in', send: upgrade({ note: 'x'.repeat(20 * 1024) }), status: 413, text: TOO_LARGE },
  { area: 'body', name: 'a 1 MB form at checkout', setup: 'checkout', send: newCard({}, { name: 'x'.repeat(1024 * 1024) }), status: 413, text: TOO_LARGE },
  { area: 'body', name: 'a 20 KB form at Log In', setup: 'signed-out', send: ({ client }) => client.postForm('/login', { email: contosoDental.email, password: 'p'.repeat(20 * 1024) }), status: 413, text: TOO_LARGE },
  { area: 'body', name: 'more fields than any form has (60)', setup: 'signed-in', send: upgrade(Object.fromEntries(Array.from({ length: 60 }, (_, index) => [`f${index}`, '1']))), status: 400, text: 'The portal could not read that request. Nothing was changed.' },
  { area: 'body', name: 'an unsupported charset', setup: 'signed-in', send: raw(upgradePath, 'application/x-www-form-urlencoded; charset=utf-16', formBody), status: 400, text: 'The portal could not read that request.' },
  { area: 'body', name: 'a gzip body that is not gzip', setup: 'signed-in', send: (context) => context.client.request.post(upgradePath(), { headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-encoding': 'gzip' }, data: formBody(context.csrf), maxRedirects: 0 }), status: 400, text: 'The portal could not read that request.' },

  // Content types: only forms from the portal's pages.
  { area: 'content type', name: 'JSON to Upgrade/Downgrade', setup: 'signed-in', send: raw(upgradePath, 'application/json', (csrf) => JSON.stringify({ _csrf: csrf, 'total.exchange-mailbox': '3' })), status: 415, text: UNSUPPORTED },
  { area: 'content type', name: 'JSON to Checkout', setup: 'checkout', send: raw(checkoutPath, 'application/json', (csrf) => JSON.stringify({ _csrf: csrf, card: 'stored' })), status: 415, text: UNSUPPORTED },
  { area: 'content type', name: 'JSON to Log In', setup: 'signed-out', send: raw(() => '/login', 'application/json', () => JSON.stringify({ email: contosoDental.email, password: contosoDental.password })), status: 415, text: UNSUPPORTED },
  { area: 'content type', name: 'text/plain', setup: 'signed-in', send: raw(upgradePath, 'text/plain', formBody), status: 415, text: UNSUPPORTED },
  { area: 'content type', name: 'multipart/form-data', setup: 'checkout', send: raw(checkoutPath, 'multipart/form-data; boundary=x', (csrf) => `--x\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n--x--\r\n`), status: 415, text: UNSUPPORTED },
  { area: 'content type', name: 'application/xml', setup: 'signed-in', send: raw(upgradePath, 'application/xml', () => '<totals/>'), status: 415, text: UNSUPPORTED },
  { area: 'content type', name: 'no content type', setup: 'signed-in', send: raw(upgradePath, null, formBody), status: 415, text: UNSUPPORTED },

  // Cards: a message beside the field, and nothing sent to the gateway.
  { area: 'card', name: 'expired last month', setup: 'checkout', send: newCard({ expiry: '10/26' }), status: 422, text: CHECK_CARD, field: ['expiry-error', 'This card has expired. Use another card.'] },
  { area: 'card', name: 'expired years ago', setup: 'checkout', send: newCard({ expiry: '01/20' }), status: 422, field: ['expiry-error', 'This card has expired.'] },
  { area: 'card', name: 'expiry month 13', setup: 'checkout', send: newCard({ expiry: '13/30' }), status: 422, field: ['expiry-error', 'Enter the expiry date as MM/YY, such as 04/29.'] },
  { area: 'card', name: 'expiry without a slash', setup: 'checkout', send: newCard({ expiry: '0830' }), status: 422, field: ['expiry-error', 'Enter the expiry date as MM/YY'] },
  { area: 'card', name: 'expiry with a four-digit year', setup: 'checkout', send: newCard({ expiry: '08/2030' }), status: 422, field: ['expiry-error', 'Enter the expiry date as MM/YY'] },
  { area: 'card', name: 'expiry left empty', setup: 'checkout', send: newCard({ expiry: '' }), status: 422, field: ['expiry-error', 'Enter the expiry date as MM/YY'] },
  { area: 'card', name: 'one digit wrong (Luhn)', setup: 'checkout', send: newCard({ number: '4242 4242 4242 4241' }), status: 422, field: ['number-error', 'This card number is not valid. Check it for a mistyped digit.'] },
  { area: 'card', name: 'too few digits', setup: 'checkout', send: newCard({ number: '4242' }), status: 422, field: ['number-error', 'Enter the card number: 12 to 19 digits.'] },
  { area: 'card', name: 'twenty digits', setup: 'checkout', send: newCard({ number: '4'.repeat(20) }), status: 422, field: ['number-error', 'Enter the card number: 12 to 19 digits.'] },
  { area: 'card', name: 'letters for digits', setup: 'checkout', send: newCard({ number: 'abcd efgh ijkl mnop' }), status: 422, field: ['number-error', 'Enter the card number: 12 to 19 digits.'] },
  { area: 'card', name: 'fullwidth digits', setup: 'checkout', send: newCard({ number: '４２４２４２４２４２４２４２４２' }), status: 422, field: ['number-error', 'Enter the card number: 12 to 19 digits.'] },
  { area: 'card', name: 'CVC of two digits', setup: 'checkout', send: newCard({ cvc: '73' }), status: 422, field: ['cvc-error', 'Enter the 3-digit security code (CVC) from the card.'] },
  { area: 'card', name: 'CVC of four digits on a Visa', setup: 'checkout', send: newCard({ cvc: '7373' }), status: 422, field: ['cvc-error', 'Enter the 3-digit security code (CVC) from the card.'] },
  { area: 'card', name: 'CVC of three digits on an Amex', setup: 'checkout', send: newCard({ number: '3782 822463 10005', cvc: '737' }), status: 422, field: ['cvc-error', 'Enter the 4-digit security code (CVC) from the card.'] },
  { area: 'card', name: 'CVC of letters', setup: 'checkout', send: newCard({ cvc: 'abc' }), status: 422, field: ['cvc-error', 'Enter the 3-digit security code'] },
  { area: 'card', name: 'no name on card', setup: 'checkout', send: newCard({ name: '  ' }), status: 422, field: ['name-error', 'Enter the name as it is printed on the card.'] },
  { area: 'card', name: 'a 101-character name', setup: 'checkout', send: newCard({ name: 'N'.repeat(101) }), status: 422, field: ['name-error', 'Enter the name as it is printed on the card.'] },
  { area: 'card', name: 'an unknown card choice', setup: 'checkout', send: ({ client, orderId }) => client.postForm(`/orders/${orderId}/checkout`, { card: 'someone-elses' }), status: 422, text: 'Choose a card to pay with.' },

  // CSRF
  { area: 'csrf', name: 'Upgrade/Downgrade without a token', setup: 'signed-in', send: ({ client }) => client.postForm(upgradePath(), totalsForm(), { csrf: null }), status: 403, text: FORM_EXPIRED },
  { area: 'csrf', name: 'Checkout with a wrong token', setup: 'checkout', send: ({ client, orderId }) => client.postForm(`/orders/${orderId}/checkout`, { card: 'stored' }, { csrf: 'x'.repeat(64) }), status: 403, text: FORM_EXPIRED },
  { area: 'csrf', name: 'token in the query string only', setup: 'checkout', send: ({ client, orderId, csrf }) => client.postForm(`/orders/${orderId}/checkout?_csrf=${csrf}`, { card: 'stored' }, { csrf: null }), status: 403, text: FORM_EXPIRED },
  { area: 'csrf', name: 'token in a header only', setup: 'checkout', send: (context) => context.client.request.post(checkoutPath(context), { headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': context.csrf }, data: 'card=stored', maxRedirects: 0 }), status: 403, text: FORM_EXPIRED },
  { area: 'csrf', name: 'token sent twice', setup: 'checkout', send: ({ client, orderId, csrf }) => client.postForm(`/orders/${orderId}/checkout`, { card: 'stored', _csrf: csrf }), status: 403, text: FORM_EXPIRED },

  // Authorization and log-in
  { area: 'auth', name: 'Upgrade/Downgrade of another account\'s domain', setup: 'signed-in', send: ({ client }) => client.postForm('/services/fabrikam-law.com/upgrade', totalsForm(), { csrfFrom: '/home' }), status: 404, text: NOT_FOUND },
  { area: 'auth', name: 'Checkout of another account\'s order', setup: 'checkout', send: ({ client, otherOrderId }) => client.postForm(`/orders/${otherOrderId}/checkout`, { card: 'stored' }, { csrfFrom: '/home' }), status: 404, text: NOT_FOUND },
  { area: 'auth', name: 'payment method of another account\'s order', setup: 'checkout', send: ({ client, otherOrderId }) => client.postForm(`/orders/${otherOrderId}/payment-method`, { paymentMethod: 'bank-transfer' }, { csrfFrom: '/home' }), status: 404, text: NOT_FOUND },
  { area: 'auth', name: 'Upgrade/Downgrade when signed out', setup: 'signed-out', send: ({ client }) => client.postForm(upgradePath(), totalsForm(), { csrfFrom: '/login' }), status: 303, location: /^\/login\?next=%2Fhome$/ },
  { area: 'auth', name: 'a wrong password', setup: 'signed-out', send: ({ client }) => client.logIn({ email: contosoDental.email, password: 'Contoso-Portal-2025!' }), status: 401, text: WRONG_LOGIN },
  { area: 'auth', name: 'an unknown email', setup: 'signed-out', send: ({ client }) => client.logIn({ email: 'nobody@contoso-dental.example', password: contosoDental.password }), status: 401, text: WRONG_LOGIN },
  { area: 'auth', name: 'empty email and password', setup: 'signed-out', send: ({ client }) => client.logIn({ email: '', password: '' }), status: 401, text: WRONG_LOGIN },
  { area: 'auth', name: 'email sent twice', setup: 'signed-out', send: ({ client }) => client.postForm('/login', { email: [contosoDental.email, fabrikamLaw.email], password: contosoDental.password }), status: 401, text: WRONG_LOGIN },
  { area: 'auth', name: 'the password in another case', setup: 'signed-out', send: ({ client }) => client.logIn({ email: contosoDental.email, password: contosoDental.password.toUpperCase() }), status: 401, text: WRONG_LOGIN },
];

test('the matrix has at least 60 rows', () => {
  expect(rows.length).toBeGreaterThanOrEqual(60);
  test.info().annotations.push({ type: 'rows', description: String(rows.length) });
});

for (const row of rows) {
  test(`[${row.area}] ${row.name} → ${row.status}, a clear message, nothing changed`, async ({ request, playwright, portal }) => {
    const client = new PortalClient(request);
    let orderId = '';
    let otherOrderId = '';
    if (row.setup !== 'signed-out') {
      await signIn(client);
      if (row.setup === 'checkout') {
        orderId = await placeOrder(client);
        await toCheckout(client, orderId);
        const fabrikamRequest = await playwright.request.newContext({ baseURL: portal.url });
        const fabrikam = new PortalClient(fabrikamRequest);
        await signIn(fabrikam, fabrikamLaw);
        otherOrderId = await placeOrder(fabrikam, 'fabrikam-law.com', { ...ONE_MORE_MAILBOX, 'exchange-mailbox': '11', 'bes-user': '0', 'crm-user': '3', 'email-archiving': '0' });
        await fabrikamRequest.dispose();
      }
    }
    const csrf = await client.csrfToken(row.setup === 'signed-out' ? '/login' : '/home');
    const before = snapshot(portal.context.store);

    const response = await row.send({ client, orderId, csrf, otherOrderId });

    expect(response.status()).toBe(row.status);
    const html = await response.text();
    if (row.text) expect(textOf(html)).toContain(row.text);
    if (row.field) expect(fieldError(html, row.field[0])).toContain(row.field[1]);
    if (row.location) expect(response.headers().location).toMatch(row.location);
    expect(html).not.toMatch(/at [\w.<>]+ \(.*:\d+:\d+\)/); // no stack trace, whatever went wrong
    expect(snapshot(portal.context.store)).toBe(before);
    expect(portal.ledger.requestCount).toBe(0);
    if (row.setup === 'signed-out') expect((await request.get('/home', { maxRedirects: 0 })).status()).toBe(303);
  });
}
