import { contosoDental } from '../../fixtures/accounts';
import type { ContactDetails } from '../pages/checkout-page';
import { leaksOnDeployment } from '../../scripts/guide/guide-test';
import { hiddenTextIn, personalDataIn, personalDataProblems } from './personal-data';
import { expect, test } from './test';

/** As the checkout page shows Contoso Dental's contact. */
const contoso: ContactDetails = contosoDental.contact;

const kinds = (text: string, personal = contoso) => personalDataIn(text, personal).map(({ kind, found }) => `${kind}: ${found}`);

test.describe('personal data in a guide\'s text', () => {
  test('the fixture is the shape the checkout page shows', () => {
    expect(contoso).toEqual({
      name: 'Dana Whitfield',
      company: 'Contoso Dental',
      email: 'it@contoso-dental.example',
      phone: '+1 206 555 0142',
      address: ['1200 Harbor Avenue, Suite 300', 'Seattle, WA 98101', 'United States'],
    });
  });

  test('a guide\'s text without personal data has none, domain and figures included', () => {
    const text = 'Select **View Details** beside contoso-dental.com. Here +1 mailbox for 5 of 30 days, $1.66, on November 26, 2026. Call your United States support line.';
    expect(personalDataIn(text, contoso)).toEqual([]);
  });

  test('the email, in any case, with where it is', () => {
    const text = 'Sign in as IT@Contoso-Dental.example.';
    expect(personalDataIn(text, contoso)).toEqual([{ kind: 'email', found: 'IT@Contoso-Dental.example', index: 11 }]);
  });

  test('the phone, however written', () => {
    for (const written of ['+1 206 555 0142', '+1-206-555-0142', '(206) 555-0142', '206.555.0142', '555 0142', '12065550142']) {
      expect(kinds(`Call ${written} now.`), written).toEqual([`phone: ${written}`]);
    }
    expect(kinds('Call 555 0143 or 206 555 0124.')).toEqual([]);
  });

  test('the address by its street and postal-code lines, whole or in parts, across folded lines', () => {
    expect(kinds('Ship to 1200 Harbor Avenue, Suite 300.')).toEqual(['address: 1200 Harbor Avenue, Suite 300']);
    expect(kinds('Ship to 1200 Harbor Avenue.')).toEqual(['address: 1200 Harbor Avenue']);
    expect(kinds('Deliveries go to Suite 300.')).toEqual(['address: Suite 300']);
    expect(kinds('Our office is at 1200 harbor\navenue.')).toEqual(['address: 1200 harbor\navenue']);
    expect(kinds('Seattle, WA 98101')).toEqual(['address: Seattle, WA 98101']);
    expect(kinds('Post to WA 98101.')).toEqual(['address: WA 98101']);
    // A country or a city alone identifies no one.
    expect(kinds('Customers in Seattle, United States')).toEqual([]);
  });

  test('the contact\'s full name in any case, and the family name as a word', () => {
    expect(kinds('Signed in as dana whitfield.')).toEqual(['contact name: dana whitfield']);
    expect(kinds('Ms Whitfield checks the order.')).toEqual(['contact name: Whitfield']);
    expect(kinds('Whitfields and whitfield-like words are not the name.')).toEqual([]);
    expect(kinds('Dana checks the order.')).toEqual([]);
  });

  test('the company name', () => {
    expect(kinds('The Contoso Dental account.')).toEqual(['company: Contoso Dental']);
  });

  test('several at once come back in text order, each named for the run\'s failure', () => {
    const alt = 'Checkout for Dana Whitfield (it@contoso-dental.example, +1 206 555 0142).';
    expect(personalDataProblems('step 8 "pay" alt text', alt, contoso)).toEqual([
      'step 8 "pay" alt text contains the account\'s contact name ("Dana Whitfield")',
      'step 8 "pay" alt text contains the account\'s email ("it@contoso-dental.example")',
      'step 8 "pay" alt text contains the account\'s phone ("+1 206 555 0142")',
    ]);
  });

  test('another account\'s details are looked for the same way', () => {
    const fabrikam: ContactDetails = { name: 'Lee Okafor', company: 'Fabrikam Law', email: 'billing@fabrikam-law.example', phone: '+1 312 555 0187', address: ['88 West Wacker Drive, Floor 12', 'Chicago, IL 60601', 'United States'] };
    expect(kinds('Lee Okafor at 88 West Wacker Drive, IL 60601, 312-555-0187', fabrikam)).toEqual([
      'contact name: Lee Okafor',
      'address: 88 West Wacker Drive',
      'address: IL 60601',
      'phone: 312-555-0187',
    ]);
  });
});

test.describe('what a guide\'s masks hid, in its text on a deployment', () => {
  /** As the walk reads them on Contoso Dental: the typed email and password, the top bar's company, the contact's details line by line. */
  const hidden = ['it@contoso-dental.example', 'Contoso-Portal-2026!', 'Contoso Dental', 'Dana Whitfield', '+1 206 555 0142', '1200 Harbor Avenue, Suite 300', 'Seattle, WA 98101', 'United States', 'Dana Whitfield (it@contoso-dental.example)'];
  const found = (text: string) => hiddenTextIn(text, hidden).map(({ kind, found }) => `${kind}: ${found}`);

  test('the guide\'s own words, domain and figures hold none of it', () => {
    expect(found('Select **View Details** beside contoso-dental.com: +1 mailbox for 5 of 30 days, $1.66, billed 2026-11-26.')).toEqual([]);
  });

  test('each hidden text is found however the Markdown spaces, cases or punctuates it', () => {
    expect(found('Mail IT@CONTOSO-DENTAL.EXAMPLE or call (206) 555-0142; ask for dana\nwhitfield at Contoso  Dental, 1200 Harbor Avenue. Password: Contoso-Portal-2026!')).toEqual([
      'email: IT@CONTOSO-DENTAL.EXAMPLE',
      'phone: (206) 555-0142',
      'masked text: dana\nwhitfield',
      'masked text: Contoso  Dental',
      'address: 1200 Harbor Avenue',
      'masked text: Contoso-Portal-2026!',
    ]);
  });

  test('a deployment\'s run fails on hidden text and on the deployment\'s own address, not on the public site\'s', () => {
    expect(leaksOnDeployment('Go to <https://client.exchangemailhosting.com/>, then beside contoso-dental.com…', hidden, 'https://portal.internal.example:8443')).toEqual([]);
    expect(leaksOnDeployment('Go to https://portal.internal.example:8443/login as it@contoso-dental.example.', hidden, 'https://portal.internal.example:8443')).toEqual([
      'the email a mask hid, "it@contoso-dental.example"',
      'the deployment\'s address (portal.internal.example:8443), which PORTAL_URL names',
    ]);
  });
});
