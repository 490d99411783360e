import type { Locator, Page } from '@playwright/test';
import { byRole } from './role-locators';

/** After step 8: the order is complete (or waiting for a bank transfer). */
export class ConfirmationPage {
  readonly orderComplete: Locator;
  readonly orderReceived: Locator;
  readonly invoiceNumber: Locator;
  readonly amountCharged: Locator;
  readonly amountDue: Locator;
  /** "Invoice sent to: Dana Whitfield (it@contoso-dental.example), …" */
  readonly invoiceSentTo: Locator;
  private readonly facts: Locator;

  constructor(readonly page: Page) {
    this.orderComplete = byRole(page, 'heading', 'Order Complete');
    this.orderReceived = byRole(page, 'heading', 'Order Received');
    this.invoiceNumber = page.getByTestId('invoice-number');
    this.amountCharged = page.getByTestId('amount-charged');
    this.amountDue = page.getByTestId('amount-due');
    this.invoiceSentTo = page.getByTestId('invoice-sent-to');
    this.facts = page.getByTestId('confirmation');
  }

  /** The figure beside a label, e.g. fact('Amount charged to your card'); absent when the label is not shown word for word. */
  fact(label: string): Locator {
    const term = this.page.getByRole('term').filter({ hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) });
    return this.facts.locator('div').filter({ has: term }).getByRole('definition');
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
