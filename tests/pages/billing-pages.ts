import type { Locator, Page } from '@playwright/test';
import { byRole } from './role-locators';

/** Billing › Billing Control Panel: what each domain, and the account, costs a month. */
export class BillingControlPanelPage {
  readonly heading: Locator;
  readonly accountMonthlyTotal: Locator;
  readonly accountCredit: Locator;

  constructor(readonly page: Page) {
    this.heading = byRole(page, 'heading', 'Billing Control Panel');
    this.accountMonthlyTotal = page.getByTestId('account-monthly-total');
    this.accountCredit = page.getByTestId('account-credit');
  }

  async open(): Promise<void> {
    await this.page.goto('/billing');
  }

  domainMonthlyTotal(domain: string): Locator {
    return this.page.locator(`[data-testid="billing-domain"][data-domain="${domain}"]`).getByTestId('billing-domain-total');
  }
}

/** Billing › Invoices and one invoice. */
export class InvoicesPage {
  readonly heading: Locator;
  readonly rows: Locator;
  readonly lines: Locator;
  readonly lineAmounts: Locator;
  readonly total: Locator;
  readonly status: Locator;
  /** "Invoice sent to: Dana Whitfield (it@contoso-dental.example), …" */
  readonly invoiceSentTo: Locator;

  constructor(readonly page: Page) {
    this.heading = byRole(page, 'heading', 'Invoices');
    this.rows = page.getByTestId('invoice-row');
    this.lines = page.getByTestId('invoice-line');
    this.lineAmounts = page.getByTestId('invoice-line-amount');
    this.total = page.getByTestId('invoice-total');
    this.status = page.getByTestId('invoice-status');
    this.invoiceSentTo = page.getByTestId('invoice-sent-to');
  }

  async open(): Promise<void> {
    await this.page.goto('/billing/invoices');
  }

  /** The amount on the invoice's line or total with exactly this description, e.g. amountOf('Account credit applied'). */
  amountOf(description: string): Locator {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByText(description, { exact: true }) })
      .getByTestId('invoice-line-amount');
  }

  async openInvoice(number: string): Promise<void> {
    await byRole(this.page, 'link', number).click();
  }
}
