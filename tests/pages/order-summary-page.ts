import type { Locator, Page } from '@playwright/test';
import { byRole } from './role-locators';

/** Step 7: the order's pro-rated lines, the total due today, and how to pay. */
export class OrderSummaryPage {
  readonly heading: Locator;
  /** "… priced on November 26, 2026": the date the lines are pro-rated from */
  readonly pricedOn: Locator;
  readonly orderLines: Locator;
  readonly totalDue: Locator;
  readonly newMonthlyTotal: Locator;
  /** "Credit added to your account": "−$0.75" when removals outweigh additions; absent otherwise */
  readonly creditCreated: Locator;
  /** "−$1.00" when account credit pays part of the order; absent otherwise */
  readonly creditApplied: Locator;
  readonly creditCard: Locator;
  readonly bankTransfer: Locator;
  readonly continueButton: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = byRole(page, 'heading', 'Order Summary');
    this.pricedOn = page.getByText(/priced on [A-Z][a-z]+ \d{1,2}, \d{4}/);
    this.orderLines = page.getByTestId('order-line');
    this.totalDue = page.getByTestId('total-due');
    this.newMonthlyTotal = page.getByTestId('domain-monthly-total');
    this.creditCreated = page.getByTestId('credit-created');
    this.creditApplied = page.locator('.totals > div', { has: page.getByText('Account credit applied', { exact: true }) }).locator('dd');
    this.creditCard = byRole(page, 'radio', 'Credit Card');
    this.bankTransfer = byRole(page, 'radio', /^Bank Transfer/);
    this.continueButton = byRole(page, 'button', 'Click to Continue');
    this.error = page.getByRole('alert');
  }

  lineFor(serviceName: string): Locator {
    return this.orderLines.filter({ has: byRole(this.page, 'rowheader', serviceName) });
  }

  /** The cells of a line, in column order after the service name. */
  lineCells(serviceName: string): Locator {
    return this.lineFor(serviceName).getByRole('cell');
  }

  async payByCreditCard(): Promise<void> {
    await this.creditCard.check();
    await this.continueButton.click();
  }

  async payByBankTransfer(): Promise<void> {
    await this.bankTransfer.check();
    await this.continueButton.click();
  }
}
