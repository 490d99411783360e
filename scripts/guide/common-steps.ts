/**
 * Steps several guides take alike, for their actions.ts: sign in from the Log
 * In page, select an item of a menu (Services › My Services, Billing ›
 * Contacts, a domain's Management Actions), View Details of a domain. Each is
 * built from the suite's page objects; a guide passes what differs (the page
 * it lands on, its example's domain). The step ids stay the guide's own.
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

/** A menu, opened by `openMenu`, showing `item`; acting selects the item and waits for `opens`. */
export function menuItemStep<Example extends ExampleBase>(
  openMenu: (pages: PortalPages) => Promise<unknown>,
  item: (pages: PortalPages) => Locator,
  opens: (pages: PortalPages) => Locator,
): StepActions<Example> {
  return {
    async arrive({ pages }) {
      await openMenu(pages);
      await item(pages).waitFor();
    },
    async act({ pages }) {
      await item(pages).click();
      await opens(pages).waitFor();
    },
  };
}

/** The Services menu open at My Services; acting opens the list of domains. */
export function myServicesStep<Example extends ExampleBase>(): StepActions<Example> {
  return menuItemStep((pages) => pages.nav.openServicesMenu(), (pages) => pages.nav.myServices, (pages) => pages.myServices.heading);
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
  return menuItemStep((pages) => pages.domainDetails.managementActions.click(), item, opens);
}
