/**
 * A domain's Dynamics CRM organizations: created while the domain has at
 * least one Dynamics CRM user, provisioned in 10 minutes. No HTTP here.
 */
import { checkOrganization, type OrganizationField, type OrganizationForm } from './domain/crm-organization-form';
import type { CrmOrganization, Domain, PortalStore } from './store';

export const CRM_SERVICE_ID = 'crm-user';

export type OrganizationCreation =
  | { readonly ok: true; readonly organization: CrmOrganization }
  | { readonly ok: false; readonly errors: Readonly<Partial<Record<OrganizationField, string>>> }
  | { readonly ok: false; readonly noCrmUsers: string };

export function crmUsersOn(domain: Domain): number {
  return domain.services[CRM_SERVICE_ID] ?? 0;
}

/** Why no organization can be created on the domain now, or null when one can. */
export function organizationRefusal(domain: Domain): string | null {
  if (crmUsersOn(domain) > 0) return null;
  return `${domain.name} has no Dynamics CRM users. A CRM organization needs at least one Dynamics CRM user on the domain.`;
}

export function createOrganization(store: PortalStore, domain: Domain, form: OrganizationForm, now: Date): OrganizationCreation {
  const refusal = organizationRefusal(domain);
  if (refusal) return { ok: false, noCrmUsers: refusal };
  // Unique across the portal: each becomes a host name under crm.example, whoever's it is.
  const taken = [...store.crmOrganizations.values()].map((organization) => organization.uniqueName);
  const check = checkOrganization(form, taken);
  if (!check.ok) return check;
  return {
    ok: true,
    organization: store.addCrmOrganization({ ...check.details, accountId: domain.accountId, domainName: domain.name, createdAt: now.getTime() }),
  };
}
