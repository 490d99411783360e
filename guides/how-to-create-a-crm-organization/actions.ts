/**
 * "How To Create A CRM Organization": what a customer does at each step, with
 * the regression suite's page objects (see tests/e2e/crm-organizations.spec.ts),
 * the example (an account, a domain with Dynamics CRM users and the
 * organization it creates, on a date) and the figures the steps read, each
 * checked against the tests' own reading of the rules: the CRM users are the
 * domain's total in fixtures/, a new organization is ready 10 minutes later
 * (tests/support/portal-times.ts) at https://<unique name>.crm.example.
 */
import type { DomainFixture } from '../../fixtures/accounts';
import { serviceById } from '../../fixtures/catalogue';
import { logInStep, managementActionStep, myServicesStep, viewDetailsStep } from '../../scripts/guide/common-steps';
import { defineGuide, type ExampleBase } from '../../scripts/guide/guide-actions';
import { organizationReadyAt } from '../../tests/support/portal-times';

export interface NewOrganizationExample extends ExampleBase {
  readonly domain: DomainFixture;
  readonly organizationName: string;
  readonly uniqueName: string;
  readonly baseCurrency: string;
  /** the Language option's text, e.g. "English" */
  readonly language: string;
}

export const FIGURE_NAMES = ['domain', 'crmUsers', 'organizationName', 'uniqueName', 'baseCurrency', 'language', 'status', 'readyAt', 'webAddress'] as const;

const CRM_SERVICE_ID = 'crm-user';
/** The Base currency options the issue asks for. */
const BASE_CURRENCIES = ['USD', 'EUR', 'GBP'];
/** Lowercase letters and digits, 3 to 30 of them (the rule for a unique name). */
const UNIQUE_NAME = /^[a-z0-9]{3,30}$/;

function crmUsers(domain: DomainFixture): number {
  return (domain.services as Readonly<Record<string, number>>)[CRM_SERVICE_ID] ?? 0;
}

export function resolveNewOrganization(base: ExampleBase, fields: Readonly<Record<string, string | number>>): NewOrganizationExample {
  const domain = base.account.domains.find((candidate) => candidate.name === fields.domain);
  if (!domain) throw new Error(`example.domain: account "${base.account.id}" has no domain "${fields.domain}"`);
  if (crmUsers(domain) < 1) throw new Error(`example.domain: ${domain.name} has no Dynamics CRM user, so it offers no Create Organization; pick a domain with one`);
  const uniqueName = String(fields.uniqueName);
  if (!UNIQUE_NAME.test(uniqueName)) throw new Error(`example.uniqueName: "${uniqueName}" must be 3 to 30 lowercase letters and digits`);
  const baseCurrency = String(fields.baseCurrency);
  if (!BASE_CURRENCIES.includes(baseCurrency)) throw new Error(`example.baseCurrency: "${baseCurrency}" is not one of ${BASE_CURRENCIES.join(', ')}`);
  return { ...base, domain, organizationName: String(fields.organizationName).trim(), uniqueName, baseCurrency, language: String(fields.language) };
}

export function expectedFigures(example: NewOrganizationExample): Record<(typeof FIGURE_NAMES)[number], string> {
  return {
    domain: example.domain.name,
    crmUsers: String(crmUsers(example.domain)),
    organizationName: example.organizationName,
    uniqueName: example.uniqueName,
    baseCurrency: example.baseCurrency,
    language: example.language,
    status: 'Provisioning',
    // The walk creates the organization at the example's instant: the portal's clock is frozen there.
    readyAt: `Ready at about ${organizationReadyAt(example.portalNow, example.timeZone)}`,
    webAddress: `https://${example.uniqueName}.crm.example`,
  };
}

export default defineGuide<NewOrganizationExample>({
  example: {
    fields: { domain: 'text', organizationName: 'text', uniqueName: 'text', baseCurrency: 'text', language: 'text' },
    resolve: resolveNewOrganization,
  },
  // On a deployment: PORTAL_DOMAIN; the organization's names stay the example's.
  deployment: (example, on) => ({ ...example, domain: { ...example.domain, name: on.domain } }),
  pathValues: {
    domain: (example) => example.domain.name,
    crmServiceName: () => serviceById(CRM_SERVICE_ID).name,
    organizationName: (example) => example.organizationName,
  },
  figures: { names: FIGURE_NAMES, expected: expectedFigures },
  steps: {
    'log-in': logInStep((pages) => pages.nav.services),
    'my-services': myServicesStep(),
    'view-details': viewDetailsStep((example) => example.domain.name),
    'crm-organizations': managementActionStep((pages) => pages.domainDetails.crmOrganizations, (pages) => pages.crmOrganizations.heading),
    'create-organization': {
      async arrive() {},
      async act({ pages }) {
        await pages.crmOrganizations.createOrganizationButton.click();
        await pages.createOrganization.heading.waitFor();
      },
    },
    'organization-details': {
      // Create Organization creates it: on a deployment the guide ends at this step.
      commits: true,
      async arrive({ pages, example }) {
        await pages.createOrganization.fill({ name: example.organizationName, uniqueName: example.uniqueName, baseCurrency: example.baseCurrency, language: example.language });
      },
      async act({ pages, example }) {
        await pages.createOrganization.createOrganizationButton.click();
        await pages.crmOrganizations.row(example.organizationName).waitFor();
      },
    },
    provisioning: {
      async arrive() {},
      async act() {},
    },
  },
});
