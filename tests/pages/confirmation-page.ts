import type { Locator, Page } from '@playwright/test';
import { byRole } from './role-locators';

/** After step 8: the order is complete (or waiting for a bank transfer). */
export class ConfirmationPage {
  readonly orderComplete: Locator;
  readonly orderReceived: Locator;
  readonly invoiceNumber: Locator;
  readonly amountCharged: Locator;
  readonly amountDue: Locator;

  constructor(readonly page: Page) {
    this.orderComplete = byRole(page, 'heading', 'Order Complete');
    this.orderReceived = byRole(page, 'heading', 'Order Received');
    this.invoiceNumber = page.getByTestId('invoice-number');
    this.amountCharged = page.getByTestId('amount-charged');
    this.amountDue = page.getByTestId('amount-due');
  }
}
