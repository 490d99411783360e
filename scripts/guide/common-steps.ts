/**
 * Steps several guides take alike, for their actions.ts: sign in from the Log
 * In page, open Services › My Services, View Details of a domain, open an item
 * of its Management Actions menu. Each is built from the suite's page objects;
 * a guide passes what differs (the page it lands on, its example's domain).
 * The step ids stay the guide's own.
 */
import type { Locator } from '@playwright/test';
import type { PortalPages } from '../../tests/pages';
import type { ExampleBase, StepActions } from './guide-actions';

/** Opens Log In, types the target's credentials; acting signs in and waits for `landsOn`. */
export function logInStep<Example extends ExampleBase>(landsOn: (pages: PortalPages) => Locator): StepActions<Example> {
  return {
    async arrive({ pages, target }) {
      await pages.login.open();
      await pages.login.fillCredentials(target.email, target.password);
    },
    async act({ pages }) {
      await pages.login.logInButton.click();
      await landsOn(pages).waitFor();
    },
  };
}

/** The Services menu open at My Services; acting opens the list of domains. */
export function myServicesStep<Example extends ExampleBase>(): StepActions<Example> {
  return {
    async arrive({ pages }) {
      await pages.nav.openServicesMenu();
      await pages.nav.myServices.waitFor();
    },
    async act({ pages }) {
      await pages.nav.myServices.click();
      await pages.myServices.heading.waitFor();
    },
  };
}

/** The domain's View Details in My Services; acting opens its details page. */
export function viewDetailsStep<Example extends ExampleBase>(domainOf: (example: Example) => string): StepActions<Example> {
  return {
    async arrive({ pages, example }) {
      await pages.myServices.viewDetailsButton(domainOf(example)).waitFor();
    },
    async act({ pages, example }) {
      await pages.myServices.viewDetails(domainOf(example));
      await pages.domainDetails.heading(domainOf(example)).waitFor();
    },
  };
}

/** The details page's Management Actions menu open at `item`; acting opens it and waits for `opens`. */
export function managementActionStep<Example extends ExampleBase>(item: (pages: PortalPages) => Locator, opens: (pages: PortalPages) => Locator): StepActions<Example> {
  return {
    async arrive({ pages }) {
      await pages.domainDetails.managementActions.click();
      await item(pages).waitFor();
    },
    async act({ pages }) {
      await item(pages).click();
      await opens(pages).waitFor();
    },
  };
}
