/**
 * The guide's figures: read from the portal during the run, checked against
 * the tests' own reading of the billing rule, then put into the text. A writer
 * never types a figure, so a change in prices or in the rule cannot leave the
 * guide quoting old numbers.
 */
import { accounts, type AccountFixture, type DomainFixture } from '../../fixtures/accounts';
import { serviceById } from '../../fixtures/catalogue';
import { expectedOrder } from '../../tests/support/billing-oracle';

/** Every figure a step may read, with what the billing oracle says it must show. */
export const FIGURE_NAMES = ['domain', 'oldTotal', 'newTotal', 'change', 'daysCharged', 'lineAmount', 'totalDue', 'newMonthlyTotal', 'amountToPay'] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];
export type Figures = Readonly<Record<string, string>>;

export interface ExampleFacts {
  readonly account: string;
  readonly domain: string;
  readonly service: string;
  readonly newTotal: number;
  readonly portalNow: string;
  readonly timeZone: string;
}

export interface ResolvedExample {
  readonly account: AccountFixture;
  readonly domain: DomainFixture;
  readonly serviceName: string;
  /** the calendar date in the billing zone, YYYY-MM-DD */
  readonly billingDate: string;
}

export function resolveExample(example: ExampleFacts): ResolvedExample {
  const account = accounts.find((candidate) => candidate.id === example.account);
  if (!account) throw new Error(`guide.yaml example.account: no account "${example.account}" in fixtures/accounts.ts`);
  const domain = account.domains.find((candidate) => candidate.name === example.domain);
  if (!domain) throw new Error(`guide.yaml example.domain: account "${account.id}" has no domain "${example.domain}"`);
  return { account, domain, serviceName: serviceById(example.service).name, billingDate: civilDate(example.portalNow, example.timeZone) };
}

/**
 * The date a customer in the billing zone sees, computed here with Intl rather
 * than asked of the portal, so a time-zone slip in the portal shows up.
 */
export function civilDate(instant: string, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

export function expectedFigures(example: ExampleFacts, resolved = resolveExample(example)): Record<FigureName, string> {
  const order = expectedOrder(resolved.domain, { [example.service]: example.newTotal }, resolved.billingDate);
  const line = order.lines.find((candidate) => candidate.serviceName === resolved.serviceName);
  if (!line) throw new Error(`guide.yaml example: ${example.newTotal} is already the total of ${resolved.serviceName} on ${example.domain}; the example must change it`);
  return {
    domain: resolved.domain.name,
    oldTotal: String(line.oldTotal),
    newTotal: String(line.newTotal),
    change: line.change,
    daysCharged: line.daysCharged,
    lineAmount: line.amount,
    totalDue: order.totalDue,
    newMonthlyTotal: order.newMonthlyTotal,
    amountToPay: order.totalDue,
  };
}

/** A figure the portal showed that the oracle disagrees with, as a sentence; undefined when they agree. */
export function figureMismatch(stepLabel: string, name: string, shown: string, expected: string | undefined): string | undefined {
  if (shown === expected) return undefined;
  return `${stepLabel}: the portal shows ${name} = "${shown}" but the billing rule says "${expected}"`;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/** Puts the run's figures into a text; a placeholder without a figure is a bug in the source, so it throws. */
export function fillPlaceholders(text: string, figures: Figures, where: string): string {
  return text.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = figures[name];
    if (value === undefined) throw new Error(`${where}: {{${name}}} has no figure from the run`);
    return value;
  });
}
