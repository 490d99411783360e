/**
 * The guide's figures: read from the portal during the run, checked against
 * the value the guide's actions expect (from the tests' own reading of the
 * rules), then put into the text. A writer never types a figure, so a change
 * in prices or in the rule cannot leave the guide quoting old numbers.
 */
export type Figures = Readonly<Record<string, string>>;

/**
 * The date a customer in the billing zone sees, computed here with Intl rather
 * than asked of the portal, so a time-zone slip in the portal shows up.
 */
export function civilDate(instant: string, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

/** A figure the portal showed that the oracle disagrees with, as a sentence; undefined when they agree. */
export function figureMismatch(stepLabel: string, name: string, shown: string, expected: string | undefined): string | undefined {
  if (shown === expected) return undefined;
  return `${stepLabel}: the portal shows ${name} = "${shown}" but the rule says "${expected}"`;
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
