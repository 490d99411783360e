import type { Request, Response } from 'express';
import type { PortalContext } from '../context';
import { createOrganization, organizationRefusal } from '../crm-organizations';
import { formatDateTime } from '../domain/calendar';
import { BASE_CURRENCIES, languageName, LANGUAGES, MAX_ORGANIZATION_NAME_LENGTH, MAX_UNIQUE_NAME_LENGTH, organizationUrl, type OrganizationField } from '../domain/crm-organization-form';
import { organizationStatus, PROVISIONING_MS, readyAt } from '../domain/provisioning';
import type { Domain } from '../store';
import { unknownFields, unknownFieldsMessage } from '../web/form-fields';
import { loadedDomain } from './services';

const ORGANIZATION_FIELDS: readonly OrganizationField[] = ['name', 'uniqueName', 'baseCurrency', 'language'];
const PROVISIONING_MINUTES = PROVISIONING_MS / 60_000;
const NOTHING_CREATED = 'Nothing has been created.';
/** Each field's maxlength: what the rules accept, so a browser never lets a person type more. */
const LIMITS = { name: MAX_ORGANIZATION_NAME_LENGTH, uniqueName: MAX_UNIQUE_NAME_LENGTH };
/** What a new form shows selected: the portal bills in US dollars, in English. */
const DEFAULTS = { name: '', uniqueName: '', baseCurrency: 'USD', language: 'en' };

export function crmOrganizationsHandlers(context: PortalContext) {
  const { store } = context;
  const when = (instant: number) => formatDateTime(new Date(instant), context.timeZone);

  function renderCreateForm(res: Response, domain: Domain, typed: Readonly<Record<string, unknown>> = DEFAULTS, errors: Partial<Record<OrganizationField, string>> = {}, formError?: string) {
    const noCrmUsers = organizationRefusal(domain);
    const refused = formError ?? (Object.keys(errors).length > 0 ? `Check the fields marked below. ${NOTHING_CREATED}` : undefined);
    const status = refused ? 422 : noCrmUsers && res.req.method === 'POST' ? 409 : 200;
    const text = (field: OrganizationField) => (typeof typed[field] === 'string' ? (typed[field] as string) : '');
    res.status(status).render('crm-organizations/new', {
      title: 'Create Organization',
      provisioningMinutes: PROVISIONING_MINUTES,
      domain,
      noCrmUsers,
      formError: refused,
      errors,
      limits: LIMITS,
      values: { name: text('name'), uniqueName: text('uniqueName') },
      currencies: BASE_CURRENCIES.map((code) => ({ code, selected: code === typed.baseCurrency })),
      languages: LANGUAGES.map((language) => ({ ...language, selected: language.code === typed.language })),
    });
  }

  return {
    list(_req: Request, res: Response) {
      const domain = loadedDomain(res);
      const now = context.clock.now().getTime();
      const organizations = store.crmOrganizationsOf(domain).map((organization) => {
        const status = organizationStatus(organization.createdAt, now);
        return {
          ...organization,
          url: organizationUrl(organization.uniqueName),
          language: languageName(organization.language),
          status,
          ready: status === 'Ready',
          readyAt: when(readyAt(organization.createdAt)),
        };
      });
      res.render('crm-organizations/list', { title: 'CRM Organizations', domain, organizations, noCrmUsers: organizationRefusal(domain), provisioningMinutes: PROVISIONING_MINUTES });
    },

    createForm(_req: Request, res: Response) {
      renderCreateForm(res, loadedDomain(res));
    },

    create(req: Request, res: Response) {
      const domain = loadedDomain(res);
      const body: Record<string, unknown> = req.body ?? {};
      const unknown = unknownFields(body, ORGANIZATION_FIELDS);
      if (unknown.length > 0) return renderCreateForm(res, domain, body, {}, unknownFieldsMessage(unknown, NOTHING_CREATED));
      const result = createOrganization(store, domain, body, context.clock.now());
      if (!result.ok) return 'errors' in result ? renderCreateForm(res, domain, body, result.errors) : renderCreateForm(res, domain, body);
      const { organization } = result;
      context.log(`CRM organization ${organization.uniqueName} created on ${domain.name}`);
      req.session.notice = `${organization.name} is being provisioned at ${organizationUrl(organization.uniqueName)}. It will be ready in about ${PROVISIONING_MINUTES} minutes, at ${when(readyAt(organization.createdAt))}.`;
      res.redirect(303, `/services/${domain.name}/crm-organizations`);
    },
  };
}
