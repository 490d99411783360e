/**
 * The tests' own reading of the portal's timed rules, for the guides' figures
 * and the specs: how long an activation password is valid and how long a CRM
 * organization takes to provision (both from the issue that asked for those
 * pages, not from mock-portal/), and how a customer in the billing time zone
 * reads an instant. Computed here with Intl, independently of the portal's
 * own formatter, so a time-zone or format slip in the portal shows up.
 */

/** A BES user's activation password is valid this long after it is generated. */
export const ACTIVATION_PASSWORD_VALID_HOURS = 48;
/** A new CRM organization is "Provisioning" this long, then "Ready". */
export const CRM_PROVISIONING_MINUTES = 10;

const MINUTE_MS = 60_000;

/** `instant` moved on by whole minutes: the portal's clock, not a calendar, so 48 h is 48 h across a DST change. */
export function minutesAfter(instant: string, minutes: number): Date {
  return new Date(Date.parse(instant) + minutes * MINUTE_MS);
}

/** "November 28, 2026 at 15:00 UTC": the instant as a customer in `timeZone` reads it, on a 24-hour clock. */
export function instantText(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => {
    const value = parts.find((candidate) => candidate.type === type)?.value;
    if (value === undefined) throw new Error(`Intl gave no ${type} for ${instant.toISOString()} in ${timeZone}`);
    return value;
  };
  return `${part('month')} ${part('day')}, ${part('year')} at ${part('hour')}:${part('minute')} ${part('timeZoneName')}`;
}

/** When an activation password generated at `generatedAt` stops working, as the BES Users page words it. */
export function activationValidUntil(generatedAt: string, timeZone: string): string {
  return instantText(minutesAfter(generatedAt, ACTIVATION_PASSWORD_VALID_HOURS * 60), timeZone);
}

/** When an organization created at `createdAt` is ready, as the CRM Organizations page words it. */
export function organizationReadyAt(createdAt: string, timeZone: string): string {
  return instantText(minutesAfter(createdAt, CRM_PROVISIONING_MINUTES), timeZone);
}
