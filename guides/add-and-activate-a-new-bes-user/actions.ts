/**
 * "Add and Activate a New BES User": what a customer does at each step, with
 * the regression suite's page objects (see tests/e2e/bes-users.spec.ts), the
 * example (an account, a domain with a free BES licence and the user it adds,
 * on a date) and the figures the steps read, each checked against the tests'
 * own reading of the rules: the licences are the domain's BES total in
 * fixtures/, and the password is valid 48 hours (tests/support/portal-times.ts).
 */
import type { DomainFixture } from '../../fixtures/accounts';
import { logInStep, managementActionStep, myServicesStep, viewDetailsStep } from '../../scripts/guide/common-steps';
import { defineGuide, type ExampleBase } from '../../scripts/guide/guide-actions';
import { activationValidUntil } from '../../tests/support/portal-times';

export interface NewBesUserExample extends ExampleBase {
  readonly domain: DomainFixture;
  readonly displayName: string;
  readonly email: string;
}

export const FIGURE_NAMES = ['domain', 'licenceTotal', 'licencesInUse', 'licencesAvailable', 'displayName', 'email', 'statusAdded', 'licencesLeft', 'status', 'validUntil'] as const;

export function resolveNewBesUser(base: ExampleBase, fields: Readonly<Record<string, string | number>>): NewBesUserExample {
  const domain = base.account.domains.find((candidate) => candidate.name === fields.domain);
  if (!domain) throw new Error(`example.domain: account "${base.account.id}" has no domain "${fields.domain}"`);
  const email = String(fields.email).trim();
  if (!email.toLowerCase().endsWith(`@${domain.name}`)) throw new Error(`example.email: ${email} is not an address on ${domain.name}; a BES user's address must be on its domain`);
  return { ...base, domain, displayName: String(fields.displayName).trim(), email };
}

/** The domain's BES user licences: its BES total in fixtures/ (no fixture has BES users yet). */
function besLicences(domain: DomainFixture): number {
  return (domain.services as Readonly<Record<string, number>>)['bes-user'] ?? 0;
}

export function expectedFigures(example: NewBesUserExample): Record<(typeof FIGURE_NAMES)[number], string> {
  const total = besLicences(example.domain);
  const inUse = 0;
  if (total - inUse < 1) throw new Error(`example.domain: ${example.domain.name} has no free BES user licence (${total} in total); the example needs one, or Add BES User is refused`);
  return {
    domain: example.domain.name,
    licenceTotal: String(total),
    licencesInUse: String(inUse),
    licencesAvailable: String(total - inUse),
    displayName: example.displayName,
    email: example.email,
    statusAdded: 'Not activated',
    licencesLeft: String(total - inUse - 1),
    status: 'Activation pending',
    // The walk generates the password at the example's instant: the portal's clock is frozen there.
    validUntil: activationValidUntil(example.portalNow, example.timeZone),
  };
}

export default defineGuide<NewBesUserExample>({
  example: {
    fields: { domain: 'text', displayName: 'text', email: 'text' },
    resolve: resolveNewBesUser,
  },
  // On a deployment: PORTAL_DOMAIN, and the user's address on it.
  deployment: (example, on) => ({ ...example, domain: { ...example.domain, name: on.domain }, email: `${example.email.split('@')[0]}@${on.domain}` }),
  pathValues: {
    domain: (example) => example.domain.name,
    displayName: (example) => example.displayName,
  },
  figures: { names: FIGURE_NAMES, expected: expectedFigures },
  steps: {
    'log-in': logInStep((pages) => pages.nav.services),
    'my-services': myServicesStep(),
    'view-details': viewDetailsStep((example) => example.domain.name),
    'bes-users': managementActionStep((pages) => pages.domainDetails.besUsers, (pages) => pages.besUsers.heading),
    'add-bes-user': {
      async arrive() {},
      async act({ pages }) {
        await pages.besUsers.addBesUserButton.click();
        await pages.addBesUser.heading.waitFor();
      },
    },
    'user-details': {
      // Add BES User creates the user: on a deployment the guide ends at this step.
      commits: true,
      async arrive({ pages, example }) {
        await pages.addBesUser.displayName.fill(example.displayName);
        await pages.addBesUser.emailAddress.fill(example.email);
      },
      async act({ pages, example }) {
        await pages.addBesUser.addBesUserButton.click();
        await pages.besUsers.row(example.displayName).waitFor();
      },
    },
    'generate-password': {
      async arrive() {},
      async act({ pages, example }) {
        await pages.besUsers.generateActivationPasswordButton(example.displayName).click();
        await pages.activationPassword.heading.waitFor();
      },
    },
    activate: {
      async arrive({ pages }) {
        await pages.activationPassword.password.waitFor();
      },
      async act({ pages }) {
        await pages.activationPassword.backToBesUsers.click();
        await pages.besUsers.heading.waitFor();
      },
    },
  },
});
