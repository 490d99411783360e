/**
 * "Add or Remove Hosted Services": what a customer does at each step, with the
 * regression suite's page objects (see tests/e2e/add-or-remove-services.spec.ts),
 * the example (an account, a domain, a service and its new total on a date)
 * and the figures the steps read, each checked against the tests' own reading
 * of the billing rule (tests/support/billing-oracle.ts) on the mock, and on any
 * portal against each other: the order's lines, total due and new monthly
 * total must follow from the prices on the domain's details page
 * (tests/support/order-consistency.ts, as the suite's remote journey checks).
 */
import type { DomainFixture } from '../../fixtures/accounts';
import { serviceById } from '../../fixtures/catalogue';
import { expectedOrder } from '../../tests/support/billing-oracle';
import { civilDate } from '../../scripts/guide/figures';
import { managementActionStep, myServicesStep, viewDetailsStep } from '../../scripts/guide/common-steps';
import { defineGuide, type ExampleBase } from '../../scripts/guide/guide-actions';
import { describeInconsistency, orderInconsistencies, type DomainDetailsFigures } from '../../tests/support/order-consistency';
import { readDomainDetails, readOrderSummary } from '../../tests/support/order-readings';

export interface ServiceChangeExample extends ExampleBase {
  /** the domain whose services change: the example's, or PORTAL_DOMAIN on a deployment */
  readonly domainName: string;
  /** the mock's fixture of that domain, which the expected figures are computed from */
  readonly domain: DomainFixture;
  readonly serviceId: string;
  readonly serviceName: string;
  readonly newTotal: number;
  /** the calendar date in the billing zone, YYYY-MM-DD */
  readonly billingDate: string;
}

export const FIGURE_NAMES = ['domain', 'oldTotal', 'newTotal', 'change', 'daysCharged', 'lineAmount', 'totalDue', 'newMonthlyTotal', 'amountToPay'] as const;

export function resolveServiceChange(base: ExampleBase, fields: Readonly<Record<string, string | number>>): ServiceChangeExample {
  const domain = base.account.domains.find((candidate) => candidate.name === fields.domain);
  if (!domain) throw new Error(`example.domain: account "${base.account.id}" has no domain "${fields.domain}"`);
  let serviceName: string;
  try {
    serviceName = serviceById(String(fields.service)).name;
  } catch (error) {
    throw new Error(`example.service: ${(error as Error).message}`);
  }
  return { ...base, domainName: domain.name, domain, serviceId: String(fields.service), serviceName, newTotal: Number(fields.newTotal), billingDate: civilDate(base.portalNow, base.timeZone) };
}

export function expectedFigures(example: ServiceChangeExample): Record<(typeof FIGURE_NAMES)[number], string> {
  const order = expectedOrder(example.domain, { [example.serviceId]: example.newTotal }, example.billingDate);
  const line = order.lines.find((candidate) => candidate.serviceName === example.serviceName);
  if (!line) throw new Error(`example: ${example.newTotal} is already the total of ${example.serviceName} on ${example.domain.name}; the example must change it`);
  return {
    domain: example.domain.name,
    oldTotal: String(line.oldTotal),
    newTotal: String(line.newTotal),
    change: line.change,
    daysCharged: line.daysCharged,
    lineAmount: line.amount,
    totalDue: order.totalDue,
    newMonthlyTotal: order.newMonthlyTotal,
    amountToPay: order.totalDue,
  };
}

/** The reading of the domain's details page that the order summary's check compares with. */
const DETAILS = 'domain details';

export default defineGuide<ServiceChangeExample>({
  example: {
    fields: { domain: 'text', service: 'text', newTotal: 'count' },
    resolve: resolveServiceChange,
  },
  pathValues: {
    domain: (example) => example.domainName,
    serviceName: (example) => example.serviceName,
  },
  figures: { names: FIGURE_NAMES, expected: expectedFigures },
  // On a deployment: its domain, and the service PORTAL_SERVICE names (the example's otherwise); the new total stays the example's.
  deployment: (example, on) => ({ ...example, domainName: on.domain, serviceName: on.service ?? example.serviceName }),
  steps: {
    'open-site': {
      async arrive({ pages }) {
        await pages.login.open();
        await pages.login.heading.waitFor();
      },
      async act() {},
    },
    'log-in': {
      async arrive({ pages, target }) {
        await pages.login.fillCredentials(target.email, target.password);
      },
      async act({ pages }) {
        await pages.login.logInButton.click();
        await pages.nav.services.waitFor();
      },
    },
    'my-services': myServicesStep(),
    'view-details': viewDetailsStep((example) => example.domainName),
    'upgrade-downgrade': {
      ...managementActionStep((pages) => pages.domainDetails.upgradeDowngradeOptions, (pages) => pages.upgradeDowngrade.heading),
      async check({ pages, readings }) {
        // The prices and totals the order must follow from, read before anything changes.
        readings.set(DETAILS, await readDomainDetails(pages.domainDetails));
        return [];
      },
    },
    'new-totals': {
      async arrive({ pages, example }) {
        await pages.upgradeDowngrade.setNewTotal(example.serviceName, example.newTotal);
      },
      async act({ pages }) {
        await pages.upgradeDowngrade.clickToContinue();
        await pages.orderSummary.heading.waitFor();
      },
    },
    'review-order': {
      async arrive({ pages }) {
        await pages.orderSummary.creditCard.check();
      },
      async check({ pages, readings }) {
        const details = readings.get(DETAILS) as DomainDetailsFigures;
        return orderInconsistencies(details, await readOrderSummary(pages.orderSummary)).map(describeInconsistency);
      },
      async act({ pages }) {
        await pages.orderSummary.continueButton.click();
        await pages.checkout.heading.waitFor();
      },
    },
    pay: {
      // Click to Continue places the order and charges the card: on a deployment the guide ends here.
      commits: true,
      async arrive({ pages, example, target }) {
        // A deployment's stored card is unknown here; whichever it is, it must be the one selected.
        const card = target.deployment ? undefined : example.account.storedCard;
        if (card && !(await pages.checkout.storedCard(card.brand, card.last4).isChecked())) {
          throw new Error(`the stored ${card.brand} ending in ${card.last4} is not selected on the checkout page`);
        }
        const offered = pages.checkout.storedCards;
        if ((await offered.count()) > 0 && !(await offered.first().isChecked())) throw new Error('a stored card is offered on the checkout page but not selected');
      },
      async act({ pages }) {
        await pages.checkout.clickToContinue();
        await pages.confirmation.orderComplete.waitFor();
      },
    },
  },
});
