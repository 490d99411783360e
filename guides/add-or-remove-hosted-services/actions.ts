/**
 * "Add or Remove Hosted Services": what a customer does at each step, with the
 * regression suite's page objects (see tests/e2e/add-or-remove-services.spec.ts),
 * the example (an account, a domain, a service and its new total on a date)
 * and the figures the steps read, each checked against the tests' own reading
 * of the billing rule (tests/support/billing-oracle.ts).
 */
import type { DomainFixture } from '../../fixtures/accounts';
import { serviceById } from '../../fixtures/catalogue';
import { expectedOrder } from '../../tests/support/billing-oracle';
import { civilDate } from '../../scripts/guide/figures';
import { defineGuide, type ExampleBase } from '../../scripts/guide/guide-actions';

export interface ServiceChangeExample extends ExampleBase {
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
  return { ...base, domain, serviceId: String(fields.service), serviceName, newTotal: Number(fields.newTotal), billingDate: civilDate(base.portalNow, base.timeZone) };
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

export default defineGuide<ServiceChangeExample>({
  example: {
    fields: { domain: 'text', service: 'text', newTotal: 'count' },
    resolve: resolveServiceChange,
  },
  pathValues: {
    domain: (example) => example.domain.name,
    serviceName: (example) => example.serviceName,
  },
  figures: { names: FIGURE_NAMES, expected: expectedFigures },
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
    'my-services': {
      async arrive({ pages }) {
        await pages.nav.services.click();
        await pages.nav.myServices.waitFor();
      },
      async act({ pages }) {
        await pages.nav.myServices.click();
        await pages.myServices.heading.waitFor();
      },
    },
    'view-details': {
      async arrive({ pages, example }) {
        await pages.myServices.viewDetailsButton(example.domain.name).waitFor();
      },
      async act({ pages, example }) {
        await pages.myServices.viewDetails(example.domain.name);
        await pages.domainDetails.heading(example.domain.name).waitFor();
      },
    },
    'upgrade-downgrade': {
      async arrive({ pages }) {
        await pages.domainDetails.managementActions.click();
        await pages.domainDetails.upgradeDowngradeOptions.waitFor();
      },
      async act({ pages }) {
        await pages.domainDetails.upgradeDowngradeOptions.click();
        await pages.upgradeDowngrade.heading.waitFor();
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
      async act({ pages }) {
        await pages.orderSummary.continueButton.click();
        await pages.checkout.heading.waitFor();
      },
    },
    pay: {
      async arrive({ pages, example }) {
        const card = example.account.storedCard;
        if (card && !(await pages.checkout.storedCard(card.brand, card.last4).isChecked())) {
          throw new Error(`the stored ${card.brand} ending in ${card.last4} is not selected on the checkout page`);
        }
      },
      async act({ pages }) {
        await pages.checkout.clickToContinue();
        await pages.confirmation.orderComplete.waitFor();
      },
    },
  },
});
