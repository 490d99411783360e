/**
 * What an account holds, read over HTTP as any client of a deployment could:
 * its invoices and one domain's active services and monthly total. Tests of
 * remote mode compare it before and after a run to show that nothing was
 * ordered, invoiced or changed.
 */
import { request } from '@playwright/test';
import { elementsWith, tableRows, testIdText, textOf } from '../http/html';
import { PortalClient } from './portal-client';

export interface AccountState {
  /** newest first, as Billing › Invoices lists them */
  readonly invoices: readonly { readonly number: string; readonly total: string; readonly status: string }[];
  /** the domain's active services: name → quantity */
  readonly services: Readonly<Record<string, number>>;
  readonly monthlyTotal: string;
}

export async function readAccountState(baseURL: string, credentials: { readonly email: string; readonly password: string }, domain: string): Promise<AccountState> {
  const context = await request.newContext({ baseURL });
  try {
    const login = await new PortalClient(context).logIn(credentials);
    if (login.status() !== 303 || login.headers().location === '/login') throw new Error(`Could not sign in to ${baseURL} as ${credentials.email} (status ${login.status()})`);
    const invoicesPage = await pageText(context, '/billing/invoices');
    const detailsPage = await pageText(context, `/services/${domain}`);
    return { invoices: invoiceRows(invoicesPage), services: activeServices(detailsPage), monthlyTotal: testIdText(detailsPage, 'domain-monthly-total') };
  } finally {
    await context.dispose();
  }
}

async function pageText(context: Awaited<ReturnType<typeof request.newContext>>, path: string): Promise<string> {
  const response = await context.get(path);
  if (response.status() !== 200) throw new Error(`GET ${path} answered ${response.status()}`);
  return response.text();
}

function cellTexts(rowHtml: string): string[] {
  return [...rowHtml.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => textOf(cell[1]!));
}

function invoiceRows(html: string): AccountState['invoices'] {
  return elementsWith(html, 'data-testid', 'invoice-row').map(({ inner }) => {
    const [number, , , total, status] = cellTexts(inner);
    return { number: number!, total: total!, status: status! };
  });
}

/** The domain's details page: Active services, one row per service (name, quantity, unit price, monthly amount). */
export function activeServices(html: string): Record<string, number> {
  return Object.fromEntries(tableRows(html, 'Active services on').map(([name, quantity]) => [name!, Number(quantity)]));
}
