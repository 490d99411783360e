/**
 * A domain's CRM Organizations over HTTP: available only with a Dynamics CRM
 * user (otherwise the page says how to add one), Create Organization, the
 * organization's web address, "Provisioning" turning "Ready" 10 minutes later
 * on the portal clock, and unique names across the whole portal. Field
 * refusals are matrix rows.
 */
import { contosoDental, fabrikamLaw } from '../../fixtures/accounts';
import { PortalClient } from '../support/portal-client';
import { expect, test } from '../support/test';
import { FABRIKAM_ORGANIZATION, postNewOrganization } from './account-steps';
import { h1, hasFormPostingTo, inputAttributes, testIdText, textOf } from './html';
import { choosePayment, domainFixture, payWithNewCard, payWithStoredCard, placeOrder } from './order-steps';

const fabrikam = domainFixture(fabrikamLaw, 'fabrikam-law.com');
const dental = domainFixture(contosoDental, 'contoso-dental.com');
const LIST = `/services/${fabrikam.name}/crm-organizations`;
const MINUTE = 60 * 1000;
/** The default portal instant (2026-11-26T15:00Z) plus 10 minutes, as the portal writes it in UTC. */
const READY_TEXT = 'November 26, 2026 at 15:10 UTC';

/** A select's options as "value:text", the selected one marked. */
function optionsOf(html: string, selectId: string): string[] {
  const select = new RegExp(`<select id="${selectId}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1] ?? '';
  return [...select.matchAll(/<option value="([^"]*)" ?(selected)?>([^<]*)<\/option>/g)].map((option) => `${option[1]}:${option[3]}${option[2] ? ' (selected)' : ''}`);
}

async function rows(client: PortalClient, list = LIST): Promise<string[]> {
  const html = await (await client.request.get(list)).text();
  return [...html.matchAll(/<tr data-testid="crm-organization-row">([\s\S]*?)<\/tr>/g)].map((match) => textOf(match[1]!));
}

test.describe('CRM Organizations on fabrikam-law.com (3 Dynamics CRM users)', () => {
  let client: PortalClient;
  test.beforeEach(async ({ request }) => {
    client = new PortalClient(request);
    expect((await client.logIn(fabrikamLaw)).status()).toBe(303);
  });

  test('the page offers Create Organization and lists none yet', async ({ request }) => {
    const response = await request.get(LIST);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(h1(html)).toBe('CRM Organizations');
    expect(html).toContain(`<a class="button" href="${LIST}/new">Create Organization</a>`);
    expect(textOf(html)).toContain(`There are no CRM organizations on ${fabrikam.name} yet.`);
    expect(html).not.toContain('data-testid="no-crm-users"');
  });

  test('Create Organization asks for the name, unique name, base currency (USD, EUR, GBP) and language', async ({ request }) => {
    const html = await (await request.get(`${LIST}/new`)).text();
    expect(h1(html)).toBe('Create Organization');
    expect(hasFormPostingTo(html, `${LIST}/new`)).toBe(true);
    for (const [id, label] of [['organization-name', 'Organization name'], ['unique-name', 'Unique name'], ['base-currency', 'Base currency'], ['language', 'Language']]) {
      expect(html).toContain(`<label for="${id}">${label}</label>`);
    }
    expect(inputAttributes(html, 'organization-name')).toMatchObject({ name: 'name', value: '', maxlength: '64' });
    expect(inputAttributes(html, 'unique-name')).toMatchObject({ name: 'uniqueName', value: '', maxlength: '30' });
    expect(optionsOf(html, 'base-currency')).toEqual(['USD:USD (selected)', 'EUR:EUR', 'GBP:GBP']);
    expect(optionsOf(html, 'language')).toEqual(['en:English (selected)', 'fr:French', 'de:German', 'es:Spanish', 'it:Italian', 'nl:Dutch', 'pt:Portuguese']);
    expect(textOf(html)).toContain("3 to 30 lowercase letters and digits. It cannot be changed later: the organization's address becomes https:// unique name .crm.example.");
    expect(html).toContain('>Create Organization</button>');
  });

  test('a new organization is "Provisioning" at https://<unique name>.crm.example, ready 10 minutes later', async ({ request, portal }) => {
    const response = await postNewOrganization(client, fabrikam.name, { ...FABRIKAM_ORGANIZATION, baseCurrency: 'EUR', language: 'fr' });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe(LIST);
    const html = await (await request.get(LIST)).text();
    expect(textOf(html)).toContain(`Fabrikam Law is being provisioned at https://fabrikamlaw.crm.example. It will be ready in about 10 minutes, at ${READY_TEXT}.`);
    expect(await rows(client)).toEqual([`Fabrikam Law https://fabrikamlaw.crm.example EUR French Provisioning Ready at about ${READY_TEXT}`]);
    expect(html).not.toContain('href="https://fabrikamlaw.crm.example"'); // not a link until it is ready
    expect([...portal.context.store.crmOrganizations.values()]).toEqual([
      expect.objectContaining({ accountId: fabrikamLaw.id, domainName: fabrikam.name, name: 'Fabrikam Law', uniqueName: 'fabrikamlaw', baseCurrency: 'EUR', language: 'fr', createdAt: portal.clock.now().getTime() }),
    ]);
  });

  test('"Provisioning" until a moment before 10 minutes on the portal clock, "Ready" at 10 minutes, with a link', async ({ request, portal }) => {
    await postNewOrganization(client, fabrikam.name);
    portal.clock.advance(10 * MINUTE - 1);
    expect(await rows(client)).toEqual([`Fabrikam Law https://fabrikamlaw.crm.example USD English Provisioning Ready at about ${READY_TEXT}`]);
    portal.clock.advance(1);
    expect(await rows(client)).toEqual(['Fabrikam Law https://fabrikamlaw.crm.example USD English Ready']);
    expect(testIdText(await (await request.get(LIST)).text(), 'crm-organization-url')).toBe('https://fabrikamlaw.crm.example');
    expect(await (await request.get(LIST)).text()).toContain('<a href="https://fabrikamlaw.crm.example">https://fabrikamlaw.crm.example</a>');
  });

  test('a refused form keeps what was typed and chosen, and creates nothing', async ({ portal }) => {
    const response = await postNewOrganization(client, fabrikam.name, { ...FABRIKAM_ORGANIZATION, uniqueName: 'Fabrikam Law', baseCurrency: 'GBP', language: 'de' });
    expect(response.status()).toBe(422);
    const html = await response.text();
    expect(inputAttributes(html, 'organization-name').value).toBe('Fabrikam Law');
    expect(inputAttributes(html, 'unique-name')).toMatchObject({ value: 'Fabrikam Law', 'aria-invalid': 'true', 'aria-describedby': 'unique-name-error unique-name-hint' });
    expect(html).toContain('<option value="GBP" selected>GBP</option>');
    expect(html).toContain('<option value="de" selected>German</option>');
    expect(textOf(html)).toContain('Check the fields marked below. Nothing has been created.');
    expect(portal.context.store.crmOrganizations.size).toBe(0);
  });

  test('with no Dynamics CRM user left, the organizations stay listed and the page says how to add one', async ({ request }) => {
    await postNewOrganization(client, fabrikam.name);
    const orderId = await placeOrder(client, fabrikam, { 'crm-user': 0, 'exchange-mailbox': 11 });
    await choosePayment(client, orderId, 'credit-card');
    expect((await payWithNewCard(client, orderId, '4242 4242 4242 4242', { save: false })).status()).toBe(303);
    const html = await (await request.get(LIST)).text();
    expect(await rows(client)).toHaveLength(1);
    expect(html).not.toContain('>Create Organization</a>');
    expect(testIdText(html, 'no-crm-users')).toContain(`${fabrikam.name} has no Dynamics CRM users.`);
  });
});

test.describe('CRM Organizations without a Dynamics CRM user (contoso-dental.com)', () => {
  const list = `/services/${dental.name}/crm-organizations`;
  const explanation = `${dental.name} has no Dynamics CRM users. A CRM organization needs at least one Dynamics CRM user on the domain. Add one with Upgrade/Downgrade Options (type 1 or more for Dynamics CRM user, as the guide “Add or Remove Hosted Services” shows), then come back here to create an organization.`;
  const read = (html: string) => testIdText(html, 'no-crm-users');

  test('the page explains how to add one, and Create Organization is refused', async ({ request, portal }) => {
    const client = new PortalClient(request);
    await client.logIn(contosoDental);
    const page = await (await request.get(list)).text();
    expect(read(page)).toBe(explanation);
    expect(page).toContain(`<a href="/services/${dental.name}/upgrade">Upgrade/Downgrade Options</a>`);
    expect(page).not.toContain('Create Organization</a>');
    const form = await request.get(`${list}/new`);
    expect(form.status()).toBe(200);
    const formHtml = await form.text();
    expect(read(formHtml)).toBe(explanation);
    expect(formHtml).not.toContain('<form method="post" action="/services/contoso-dental.com/crm-organizations/new"');
    const refused = await postNewOrganization(client, dental.name, { ...FABRIKAM_ORGANIZATION, uniqueName: 'contosodental' }, { csrfFrom: list });
    expect(refused.status()).toBe(409);
    expect(read(await refused.text())).toBe(explanation);
    expect(portal.context.store.crmOrganizations.size).toBe(0);
  });

  test('once a Dynamics CRM user is bought, an organization can be created; its unique name must be free on the whole portal', async ({ request, playwright, portal }) => {
    const fabrikamRequest = await playwright.request.newContext({ baseURL: portal.url });
    const fabrikamClient = new PortalClient(fabrikamRequest);
    await fabrikamClient.logIn(fabrikamLaw);
    expect((await postNewOrganization(fabrikamClient, fabrikam.name)).status()).toBe(303);
    await fabrikamRequest.dispose();

    const client = new PortalClient(request);
    await client.logIn(contosoDental);
    const orderId = await placeOrder(client, dental, { 'crm-user': 1 });
    await choosePayment(client, orderId, 'credit-card');
    expect((await payWithStoredCard(client, orderId)).status()).toBe(303);
    const taken = await postNewOrganization(client, dental.name, { ...FABRIKAM_ORGANIZATION, name: 'Contoso Dental' });
    expect(taken.status()).toBe(422);
    expect(textOf(await taken.text())).toContain('The unique name "fabrikamlaw" is already taken: https://fabrikamlaw.crm.example exists. Choose another.');
    expect((await postNewOrganization(client, dental.name, { ...FABRIKAM_ORGANIZATION, name: 'Contoso Dental', uniqueName: 'contosodental' })).status()).toBe(303);
    expect(await rows(client, list)).toEqual([`Contoso Dental https://contosodental.crm.example USD English Provisioning Ready at about ${READY_TEXT}`]);
  });
});
