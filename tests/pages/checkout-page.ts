import type { Locator, Page } from '@playwright/test';

export interface NewCardDetails {
  readonly number: string;
  readonly name: string;
  readonly expiry: string;
  readonly cvc: string;
  readonly save?: boolean;
}

/** Step 8: verify the contact information, choose the card, finish. */
export class CheckoutPage {
  readonly heading: Locator;
  readonly contactInformation: Locator;
  /** the contacts with Invoices ticked, under Contact Information */
  readonly invoiceRecipients: Locator;
  readonly newCard: Locator;
  readonly cardNumber: Locator;
  readonly nameOnCard: Locator;
  readonly expiry: Locator;
  readonly cvc: Locator;
  readonly saveCard: Locator;
  readonly amountToPay: Locator;
  readonly continueButton: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Checkout', exact: true });
    this.contactInformation = page.getByRole('region', { name: 'Contact Information' });
    this.invoiceRecipients = page.getByTestId('invoice-recipients');
    this.newCard = page.getByRole('radio', { name: 'Use a new credit card', exact: true });
    this.cardNumber = page.getByLabel('Card number', { exact: true });
    this.nameOnCard = page.getByLabel('Name on card', { exact: true });
    this.expiry = page.getByLabel('Expiry date (MM/YY)', { exact: true });
    this.cvc = page.getByLabel('Security code (CVC)', { exact: true });
    this.saveCard = page.getByRole('checkbox', { name: 'Save this card for future payments', exact: true });
    this.amountToPay = page.getByTestId('amount-to-pay');
    this.continueButton = page.getByRole('button', { name: 'Click to Continue', exact: true });
    this.error = page.getByRole('alert');
  }

  /** The radio for a stored card, e.g. storedCard('Visa', '4242'). */
  storedCard(brand: string, last4: string): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${brand} ending in ${last4}`) });
  }

  async enterNewCard(card: NewCardDetails): Promise<void> {
    await this.newCard.check();
    await this.cardNumber.fill(card.number);
    await this.nameOnCard.fill(card.name);
    await this.expiry.fill(card.expiry);
    await this.cvc.fill(card.cvc);
    await this.saveCard.setChecked(card.save ?? false);
  }

  async clickToContinue(): Promise<void> {
    await this.continueButton.click();
  }
}
