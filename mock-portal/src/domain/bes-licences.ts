/**
 * BES user licences: a domain may have as many BlackBerry Enterprise Server
 * users as its BES total (the licences bought with Upgrade/Downgrade Options).
 */

export interface NamedUser {
  readonly displayName: string;
  readonly email: string;
}

/**
 * The licences a new BES user may take. An order that lowers the BES total
 * and is not settled yet (waiting for a bank transfer, or being charged)
 * will apply that lower total, so the lowest of them counts.
 */
export function usableLicences(currentTotal: number, totalsOfUnsettledOrders: readonly number[]): number {
  return Math.min(currentTotal, ...totalsOfUnsettledOrders);
}

export function canAddBesUser(licences: number, users: number): boolean {
  return users < licences;
}

const licencesText = (count: number) => `${count} BES user licence${count === 1 ? '' : 's'}`;

/** Why one more BES user is refused, when it is; the page adds how to buy a licence. */
export function noLicenceLeftMessage(domain: string, licences: number, users: number): string | null {
  if (canAddBesUser(licences, users)) return null;
  if (licences === 0) return `${domain} has no BES user licences, so no BES user can be added.`;
  const inUse = licences === 1 ? 'it is in use' : `all ${licences} are in use`;
  return `${domain} has ${licencesText(licences)} and ${inUse}, so another BES user cannot be added.`;
}

/**
 * Why a new BES total is refused: it is below the number of BES users. The
 * customer is told how many to remove and given every user's name to choose
 * from, since the portal cannot know which of them are leaving.
 */
export function totalBelowUsersMessage(domain: string, newTotal: number, users: readonly NamedUser[]): string | null {
  const excess = users.length - newTotal;
  if (excess <= 0) return null;
  const names = users.map((user) => `${user.displayName} (${user.email})`).join(', ');
  const these = users.length === 1 ? 'this BES user' : `${excess} of these BES users`;
  return `${domain} has ${users.length} BES user${users.length === 1 ? '' : 's'}, so its BES total cannot be lower than ${users.length}. Remove ${these} first (BES Users page): ${names}.`;
}
