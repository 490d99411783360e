/**
 * Every element that shows the account's personal data can be found by the
 * page objects, by role or label (a test id only for the top bar's company
 * name, where no role fits), so a guide can mask it; and the guide declares a
 * mask for each one on every step whose screenshot shows it.
 */
import { contosoDental } from '../../fixtures/accounts';
import { guideSlugs, loadGuide } from '../../scripts/guide/catalog';
import { choosePayment, placeOrder } from '../http/order-steps';
import { PortalClient } from '../support/portal-client';
import { expect, test } from '../support/test';

const domain = contosoDental.domains[0];
const CONTACT_MASKS = ['checkout.contactName', 'checkout.contactCompany', 'checkout.contactEmail', 'checkout.contactPhone', 'checkout.contactAddress', 'checkout.invoiceRecipients'];

test.describe('personal data on the portal\'s pages', { tag: '@mock' }, () => {
  test('the email typed on Log In is one text box, found by its label', async ({ pages }) => {
    await pages.login.open();
    await pages.login.emailAddress.fill(contosoDental.email);
    await expect(pages.login.emailAddress).toHaveCount(1);
    await expect(pages.login.emailAddress).toHaveValue(contosoDental.email);
  });

  test('the top bar\'s company name, and each contact detail and card field on the checkout page, is one element found by the page objects', async ({ loggedIn: page, pages }) => {
    await expect(pages.nav.companyName).toHaveCount(1);
    await expect(pages.nav.companyName).toHaveText(contosoDental.contact.company);

    const client = new PortalClient(page.request);
    const orderId = await placeOrder(client, domain, { 'exchange-mailbox': 3 });
    await choosePayment(client, orderId, 'credit-card');
    await page.goto(`/orders/${orderId}/checkout`);
    await expect(pages.checkout.heading).toBeVisible();

    const { contact } = contosoDental;
    await expect(pages.checkout.contactName).toHaveText(contact.name);
    await expect(pages.checkout.contactCompany).toHaveText(contact.company);
    await expect(pages.checkout.contactEmail).toHaveText(contact.email);
    await expect(pages.checkout.contactPhone).toHaveText(contact.phone);
    await expect(pages.checkout.contactAddress).toHaveText(contact.address.join(''));
    expect(await pages.checkout.readContactInformation()).toEqual(contact);
    await expect(pages.checkout.invoiceRecipients).toHaveText(`${contact.name} (${contact.email})`);

    // With the stored card chosen the card fields are not shown, and the page objects do not find them.
    await expect(pages.checkout.cardNumber).toHaveCount(0);
    await expect(pages.checkout.cvc).toHaveCount(0);
    await pages.checkout.newCard.check();
    await expect(pages.checkout.cardNumber).toBeVisible();
    await expect(pages.checkout.cvc).toBeVisible();
  });

  test('the account home page\'s greeting and company, and each contact\'s name, email and phone on Billing › Contacts, are one element each', async ({ loggedIn: page, pages }) => {
    const { contact } = contosoDental;
    await page.goto('/home');
    await expect(pages.home.welcome).toHaveText(`Welcome back, ${contact.name}`);
    await expect(pages.home.accountIntro).toHaveText(`This is the account home page for ${contact.company}.`);
    await pages.contacts.open();
    await expect(pages.contacts.nameOf(contact.name)).toHaveText(contact.name);
    await expect(pages.contacts.emailOf(contact.name)).toHaveText(contact.email);
    await expect(pages.contacts.phoneOf(contact.name)).toHaveText(contact.phone);
  });
});

test.describe('every guide masks the personal data its screenshots show', () => {
  for (const slug of guideSlugs()) {
    test(`${slug}: the sign-in fields, the company name on every signed-in step, the greeting on the home page`, () => {
      const { steps } = loadGuide(slug).source;
      const logIn = steps.findIndex((step) => step.highlight === 'login.logInButton');
      expect(logIn, 'a step selecting Log In').toBeGreaterThanOrEqual(0);
      expect(steps[logIn]!.mask).toEqual(expect.arrayContaining(['login.emailAddress', 'login.password']));
      const signedIn = steps.slice(logIn + 1);
      expect(signedIn.length).toBeGreaterThan(0);
      for (const step of signedIn) expect(step.mask, step.id).toContain('nav.companyName');
      // Log In lands on the account home page: the next step is photographed there.
      expect(signedIn[0]!.mask).toEqual(expect.arrayContaining(['home.welcome', 'home.accountIntro']));
    });
  }

  test('Create Billing Control Panel Contacts: every contact\'s name, email and phone wherever it shows, and the notice naming the new one', () => {
    const { steps } = loadGuide('create-billing-control-panel-contacts').source;
    const masksOf = (id: string) => steps.find((step) => step.id === id)?.mask ?? [];
    // Every row's name, email and phone, whoever the contacts are: the mock's or a deployment's.
    const everyContact = ['contacts.everyName', 'contacts.everyEmail', 'contacts.everyPhone'];
    expect(masksOf('add-contact')).toEqual(expect.arrayContaining(everyContact));
    expect(masksOf('contact-details')).toEqual(expect.arrayContaining(['contactForm.firstName', 'contactForm.lastName', 'contactForm.emailAddress', 'contactForm.phoneNumber']));
    expect(masksOf('check-contact')).toEqual(expect.arrayContaining([...everyContact, 'contacts.notice']));
  });

  test('Add and Activate a New BES User: the one-time activation password', () => {
    const { steps } = loadGuide('add-and-activate-a-new-bes-user').source;
    const shown = steps.filter((step) => step.highlight.startsWith('activationPassword.') || step.shows.some((path) => path.startsWith('activationPassword.')));
    expect(shown.map((step) => step.id)).toEqual(['activate']);
    expect(shown[0]!.mask).toContain('activationPassword.password');
  });
});

test.describe('the guide masks the personal data its screenshots show', () => {
  const { source } = loadGuide('add-or-remove-hosted-services');
  const masksOf = (id: string) => source.steps.find((step) => step.id === id)?.mask ?? [];

  test('the email and password on Log In', () => {
    expect(masksOf('log-in')).toEqual(expect.arrayContaining(['login.emailAddress', 'login.password']));
  });

  test('the company name in the top bar, on every signed-in step', () => {
    const signedIn = source.steps.slice(source.steps.findIndex((step) => step.id === 'my-services'));
    expect(signedIn.map((step) => step.id)).toEqual(['my-services', 'view-details', 'upgrade-downgrade', 'new-totals', 'review-order', 'pay']);
    for (const step of signedIn) expect(step.mask, step.id).toContain('nav.companyName');
  });

  test('the contact\'s name, company, email, phone and address, and who the invoice will be sent to, on the checkout page', () => {
    expect(masksOf('pay')).toEqual(expect.arrayContaining(CONTACT_MASKS));
  });
});
