import type { Locator, Page } from '@playwright/test';
import { byLabel, byRole } from './role-locators';

export interface NewCardDetails {
  readonly number: string;
  readonly name: string;
  readonly expiry: string;
  readonly cvc: string;
  readonly save?: boolean;
}

/** What the checkout page shows as the account's contact: the personal data a guide must not publish. */
export interface ContactDetails {
  readonly name: string;
  readonly company: string;
  readonly email: string;
  readonly phone: string;
  readonly address: readonly string[];
}

/** Step 8: verify the contact information, choose the card, finish. */
export class CheckoutPage {
  readonly heading: Locator;
  readonly contactInformation: Locator;
  /** The contact's details, each a value labelled by its term (personal data: guides mask them). */
  readonly contactName: Locator;
  readonly contactCompany: Locator;
  readonly contactEmail: Locator;
  readonly contactPhone: Locator;
  readonly contactAddress: Locator;
  /** Who the invoice goes to: the contacts with Invoices ticked (personal data: guides mask it). */
  readonly invoiceRecipients: Locator;
  readonly newCard: Locator;
  /** Every stored card offered ("Visa ending in 4242, …"); none when the account has none. */
  readonly storedCards: Locator;
  readonly cardNumber: Locator;
  readonly nameOnCard: Locator;
  readonly expiry: Locator;
  readonly cvc: Locator;
  readonly saveCard: Locator;
  readonly amountToPay: Locator;
  readonly continueButton: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = byRole(page, 'heading', 'Checkout');
    this.contactInformation = byRole(page, 'region', 'Contact Information');
    const contact = (term: string) => byLabel(this.contactInformation, term, { kind: 'detail', within: 'the Contact Information' });
    this.contactName = contact('Name');
    this.contactCompany = contact('Company');
    this.contactEmail = contact('Email');
    this.contactPhone = contact('Phone');
    this.contactAddress = contact('Address');
    this.invoiceRecipients = contact('Invoice will be sent to');
    this.newCard = byRole(page, 'radio', 'Use a new credit card');
    this.storedCards = page.getByRole('radio', { name: / ending in \d{4}\b/ });
    // By role, so a field hidden while a stored card is chosen counts as absent (a mask on it would cover nothing).
    this.cardNumber = byRole(page, 'textbox', 'Card number');
    this.nameOnCard = byRole(page, 'textbox', 'Name on card');
    this.expiry = byRole(page, 'textbox', 'Expiry date (MM/YY)');
    this.cvc = byRole(page, 'textbox', 'Security code (CVC)');
    this.saveCard = byRole(page, 'checkbox', 'Save this card for future payments');
    this.amountToPay = page.getByTestId('amount-to-pay');
    this.continueButton = byRole(page, 'button', 'Click to Continue');
    this.error = page.getByRole('alert');
  }

  /** The radio for a stored card, e.g. storedCard('Visa', '4242'). */
  storedCard(brand: string, last4: string): Locator {
    return byRole(this.page, 'radio', new RegExp(`^${brand} ending in ${last4}`));
  }

  /** The contact details as shown, one address line per line. */
  async readContactInformation(): Promise<ContactDetails> {
    const [name, company, email, phone, address] = await Promise.all(
      [this.contactName, this.contactCompany, this.contactEmail, this.contactPhone, this.contactAddress].map((locator) => locator.innerText()),
    );
    return {
      name: name!.trim(),
      company: company!.trim(),
      email: email!.trim(),
      phone: phone!.trim(),
      address: address!.split('\n').map((line) => line.trim()).filter((line) => line !== ''),
    };
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
