/**
 * The data-driven scenarios of the browser suite: one row, one order walked
 * through the guide's pages. Each row states its billing date in words the
 * tests trust (the calendar date in the billing zone), independently of the
 * instant the portal's clock is set to, so a time-zone slip in the portal
 * shows as a wrong "days charged".
 */
import { contosoDental, fabrikamLaw, type AccountFixture, type DomainFixture } from '../../fixtures/accounts';
import type { ServiceId } from '../../fixtures/catalogue';

export interface Scenario {
  readonly name: string;
  /** the portal clock's instant (ISO-8601, UTC) */
  readonly portalNow: string;
  /** the billing zone (IANA) */
  readonly timeZone: string;
  /** the calendar date in the billing zone that the order must be priced on */
  readonly billingDate: string;
  readonly account: AccountFixture;
  readonly domain: string;
  /** the new TOTAL per service id, as the customer types it */
  readonly newTotals: Partial<Record<ServiceId, number>>;
  /** 'card': something is due and paid by card; 'credit': the sum is negative and becomes account credit */
  readonly expect: 'card' | 'credit';
}

const UTC = 'UTC';
const NEW_YORK = 'America/New_York';
const AUCKLAND = 'Pacific/Auckland';

// One line per row, so the table reads as a table.
// prettier-ignore
export const scenarios: readonly Scenario[] = [
  { name: 'leap-year February, one more mailbox (20 of 29 days)', portalNow: '2028-02-10T12:00:00Z', timeZone: UTC, billingDate: '2028-02-10', account: contosoDental, domain: 'contoso-dental.com', newTotals: { 'exchange-mailbox': 3 }, expect: 'card' },
  { name: 'leap day 29 February, the last day (1 of 29 days)', portalNow: '2024-02-29T09:00:00Z', timeZone: UTC, billingDate: '2024-02-29', account: contosoDental, domain: 'contoso-labs.net', newTotals: { 'exchange-mailbox': 7 }, expect: 'card' },
  { name: 'common-year February, several services at once (15 of 28 days)', portalNow: '2027-02-14T10:00:00Z', timeZone: UTC, billingDate: '2027-02-14', account: contosoDental, domain: 'contoso-dental.com', newTotals: { 'exchange-mailbox': 4, 'email-archiving': 4, 'sharepoint-site': 1 }, expect: 'card' },
  { name: '30-day month, mid-month CRM user (16 of 30 days)', portalNow: '2027-04-15T08:00:00Z', timeZone: UTC, billingDate: '2027-04-15', account: contosoDental, domain: 'contoso-labs.net', newTotals: { 'crm-user': 2 }, expect: 'card' },
  { name: '31-day month, mid-month (12 of 31 days)', portalNow: '2027-01-20T16:00:00Z', timeZone: UTC, billingDate: '2027-01-20', account: contosoDental, domain: 'contoso-dental.com', newTotals: { 'bes-user': 3 }, expect: 'card' },
  { name: 'first day of a month, a whole month charged (31 of 31 days)', portalNow: '2026-12-01T00:00:00Z', timeZone: UTC, billingDate: '2026-12-01', account: contosoDental, domain: 'contoso-dental.com', newTotals: { 'exchange-mailbox': 3 }, expect: 'card' },
  { name: 'last day of a 31-day month (1 of 31 days)', portalNow: '2027-03-31T23:59:00Z', timeZone: UTC, billingDate: '2027-03-31', account: contosoDental, domain: 'contoso-dental.com', newTotals: { 'sharepoint-site': 2 }, expect: 'card' },
  { name: 'New York 23:30 on 30 November is still November (1 of 30 days)', portalNow: '2026-12-01T04:30:00Z', timeZone: NEW_YORK, billingDate: '2026-11-30', account: contosoDental, domain: 'contoso-dental.com', newTotals: { 'exchange-mailbox': 3 }, expect: 'card' },
  { name: 'Auckland 01:00 on 1 February is already February (28 of 28 days)', portalNow: '2027-01-31T12:00:00Z', timeZone: AUCKLAND, billingDate: '2027-02-01', account: contosoDental, domain: 'contoso-labs.net', newTotals: { 'exchange-mailbox': 6 }, expect: 'card' },
  { name: 'half a cent rounds away from zero: +1 mailbox for 3 of 30 days', portalNow: '2026-11-28T12:00:00Z', timeZone: UTC, billingDate: '2026-11-28', account: contosoDental, domain: 'contoso-dental.com', newTotals: { 'exchange-mailbox': 3 }, expect: 'card' },
  { name: 'top of the range: 250 mailboxes', portalNow: '2026-11-26T15:00:00Z', timeZone: UTC, billingDate: '2026-11-26', account: contosoDental, domain: 'contoso-labs.net', newTotals: { 'exchange-mailbox': 250 }, expect: 'card' },
  { name: 'Fabrikam pays with a new card (no stored card)', portalNow: '2026-11-26T15:00:00Z', timeZone: UTC, billingDate: '2026-11-26', account: fabrikamLaw, domain: 'fabrikam-law.com', newTotals: { 'crm-user': 4, 'exchange-mailbox': 12 }, expect: 'card' },
  { name: 'downgrade: one BES user fewer becomes credit, no card step', portalNow: '2026-11-26T15:00:00Z', timeZone: UTC, billingDate: '2026-11-26', account: contosoDental, domain: 'contoso-dental.com', newTotals: { 'bes-user': 0 }, expect: 'credit' },
  { name: 'downgrade: minus half a cent rounds away from zero (−1 mailbox, 3 of 30 days)', portalNow: '2026-11-28T12:00:00Z', timeZone: UTC, billingDate: '2026-11-28', account: contosoDental, domain: 'contoso-dental.com', newTotals: { 'exchange-mailbox': 1 }, expect: 'credit' },
  { name: 'mixed order with a negative sum: +1 mailbox, −1 BES, −2 archiving', portalNow: '2026-11-26T15:00:00Z', timeZone: UTC, billingDate: '2026-11-26', account: contosoDental, domain: 'contoso-dental.com', newTotals: { 'exchange-mailbox': 3, 'bes-user': 0, 'email-archiving': 0 }, expect: 'credit' },
  { name: 'Fabrikam drops two CRM users at New York month end', portalNow: '2027-05-01T03:00:00Z', timeZone: NEW_YORK, billingDate: '2027-04-30', account: fabrikamLaw, domain: 'fabrikam-law.com', newTotals: { 'crm-user': 1 }, expect: 'credit' },
];

export function domainOf(scenario: Scenario): DomainFixture {
  const domain = scenario.account.domains.find((candidate) => candidate.name === scenario.domain);
  if (!domain) throw new Error(`Scenario "${scenario.name}": ${scenario.account.contact.company} has no domain ${scenario.domain}`);
  return domain;
}
