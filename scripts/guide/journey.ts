/**
 * What a customer does at each step, with the regression suite's page objects
 * (see tests/e2e/add-or-remove-services.spec.ts). Each step is split where the
 * screenshot is taken: `arrive` brings the page to the moment of acting (menu
 * open, total typed, Credit Card chosen), `act` does what the step says and
 * lands on the next page.
 */
import type { PortalPages } from '../../tests/pages';
import type { ResolvedExample } from './figures';

export interface StepActions {
  arrive(pages: PortalPages, example: ResolvedExample, newTotal: number): Promise<void>;
  act(pages: PortalPages, example: ResolvedExample): Promise<void>;
}

export const JOURNEY: Readonly<Record<string, StepActions>> = {
  'open-site': {
    async arrive(pages) {
      await pages.login.open();
      await pages.login.heading.waitFor();
    },
    async act() {},
  },
  'log-in': {
    async arrive(pages, example) {
      await pages.login.fillCredentials(example.account.email, example.account.password);
    },
    async act(pages) {
      await pages.login.logInButton.click();
      await pages.nav.services.waitFor();
    },
  },
  'my-services': {
    async arrive(pages) {
      await pages.nav.services.click();
      await pages.nav.myServices.waitFor();
    },
    async act(pages) {
      await pages.nav.myServices.click();
      await pages.myServices.heading.waitFor();
    },
  },
  'view-details': {
    async arrive(pages, example) {
      await pages.myServices.viewDetailsButton(example.domain.name).waitFor();
    },
    async act(pages, example) {
      await pages.myServices.viewDetails(example.domain.name);
      await pages.domainDetails.heading(example.domain.name).waitFor();
    },
  },
  'upgrade-downgrade': {
    async arrive(pages) {
      await pages.domainDetails.managementActions.click();
      await pages.domainDetails.upgradeDowngradeOptions.waitFor();
    },
    async act(pages) {
      await pages.domainDetails.upgradeDowngradeOptions.click();
      await pages.upgradeDowngrade.heading.waitFor();
    },
  },
  'new-totals': {
    async arrive(pages, example, newTotal) {
      await pages.upgradeDowngrade.setNewTotal(example.serviceName, newTotal);
    },
    async act(pages) {
      await pages.upgradeDowngrade.clickToContinue();
      await pages.orderSummary.heading.waitFor();
    },
  },
  'review-order': {
    async arrive(pages) {
      await pages.orderSummary.creditCard.check();
    },
    async act(pages) {
      await pages.orderSummary.continueButton.click();
      await pages.checkout.heading.waitFor();
    },
  },
  pay: {
    async arrive(pages, example) {
      const card = example.account.storedCard;
      if (card && !(await pages.checkout.storedCard(card.brand, card.last4).isChecked())) {
        throw new Error(`step "pay": the stored ${card.brand} ending in ${card.last4} is not selected on the checkout page`);
      }
    },
    async act(pages) {
      await pages.checkout.clickToContinue();
      await pages.confirmation.orderComplete.waitFor();
    },
  },
};
