/**
 * "Create Billing Control Panel Contacts": what a customer does at each step,
 * with the regression suite's page objects (see tests/e2e/contacts.spec.ts),
 * the example (an account and the contact it adds, on a date) and the figures
 * the steps read, each checked against what the example itself implies.
 */
import { logInStep, menuItemStep } from '../../scripts/guide/common-steps';
import { defineGuide, type ExampleBase } from '../../scripts/guide/guide-actions';

export interface NewContactExample extends ExampleBase {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly phone: string;
  /** "First Last", as the Contacts list names the contact */
  readonly contactName: string;
}

export const FIGURE_NAMES = ['primaryMark', 'notifications'] as const;

export function resolveNewContact(base: ExampleBase, fields: Readonly<Record<string, string | number>>): NewContactExample {
  const [firstName, lastName, email, phone] = (['firstName', 'lastName', 'email', 'phone'] as const).map((field) => String(fields[field]).trim()) as [string, string, string, string];
  // The portal refuses a second contact with the same address (in any case): the walk would stop at Save Contact.
  if (email.toLowerCase() === base.account.contact.email.toLowerCase()) {
    throw new Error(`example.email: ${email} is already the address of ${base.account.id}'s primary contact; a new contact needs an address of their own`);
  }
  const contactName = `${firstName} ${lastName}`;
  if (contactName === base.account.contact.name) throw new Error(`example: ${contactName} is already ${base.account.id}'s primary contact`);
  return { ...base, firstName, lastName, email, phone, contactName };
}

export function expectedFigures(_example: NewContactExample): Record<(typeof FIGURE_NAMES)[number], string> {
  return {
    // The account holder's mark, in the word.
    primaryMark: 'Primary',
    // The guide ticks Invoices alone (step 4); the list names the ticked notifications.
    notifications: 'Invoices',
  };
}

export default defineGuide<NewContactExample>({
  example: {
    fields: { firstName: 'text', lastName: 'text', email: 'text', phone: 'text' },
    resolve: resolveNewContact,
  },
  // On a deployment the example is the same: a contact typed into the form of the deployment's account.
  deployment: (example) => example,
  pathValues: {
    contactName: (example) => example.contactName,
  },
  figures: { names: FIGURE_NAMES, expected: expectedFigures },
  steps: {
    'log-in': logInStep((pages) => pages.nav.billing),
    'open-contacts': menuItemStep((pages) => pages.nav.openBillingMenu(), (pages) => pages.nav.contacts, (pages) => pages.contacts.heading),
    'add-contact': {
      async arrive({ pages }) {
        // The account holder's row, whoever holds the account (the mock's fixture or a deployment's).
        await pages.contacts.primaryMark.waitFor();
      },
      async act({ pages }) {
        await pages.contacts.addContactButton.click();
        await pages.contactForm.addHeading.waitFor();
      },
    },
    'contact-details': {
      // Save Contact adds the contact: on a deployment the guide ends at this step.
      commits: true,
      async arrive({ pages, example }) {
        await pages.contactForm.fill({ firstName: example.firstName, lastName: example.lastName, email: example.email, phone: example.phone, notifications: ['Invoices'] });
      },
      async act({ pages, example }) {
        await pages.contactForm.saveContact();
        await pages.contacts.row(example.contactName).waitFor();
      },
    },
    'check-contact': {
      async arrive({ pages }) {
        await pages.contacts.notice.waitFor();
      },
      async act() {},
    },
  },
});
