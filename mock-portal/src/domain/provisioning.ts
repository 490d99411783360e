/**
 * A new CRM organization is "Provisioning" and becomes "Ready" 10 minutes
 * later on the portal clock. Pure: the instants are arguments (ms since the epoch).
 */

export const PROVISIONING_MS = 10 * 60 * 1000;

export type OrganizationStatus = 'Provisioning' | 'Ready';

export function readyAt(createdAt: number): number {
  return createdAt + PROVISIONING_MS;
}

export function organizationStatus(createdAt: number, now: number): OrganizationStatus {
  return now < readyAt(createdAt) ? 'Provisioning' : 'Ready';
}
