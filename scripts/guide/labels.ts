/**
 * The drift check: every **bold** label a step quotes must be the accessible
 * name of an element the step points at (its highlight or one of its shows).
 * Names are read from the browser's accessibility tree, the way a screen
 * reader and the page objects' getByRole see them, not from the HTML source.
 */

export interface NamedElement {
  readonly path: string;
  /** undefined when the element is not on the page */
  readonly name: string | undefined;
  /** why the element could not be read, e.g. how many elements matched */
  readonly problem?: string;
}

/** The **bold** phrases of a Markdown text, with runs of whitespace made single spaces. */
export function boldLabels(markdown: string): string[] {
  return [...markdown.matchAll(/\*\*([^*]+?)\*\*/g)].map((match) => match[1]!.replace(/\s+/g, ' ').trim());
}

/** One sentence per problem; an empty list means the step and the portal agree. */
export function labelDrift(stepLabel: string, markdown: string, elements: readonly NamedElement[]): string[] {
  const problems: string[] = [];
  for (const element of elements) {
    if (element.problem) problems.push(`${stepLabel}: ${element.path} ${element.problem}`);
  }
  const names = elements.flatMap((element) => (element.name === undefined ? [] : [element.name]));
  for (const label of boldLabels(markdown)) {
    if (names.includes(label)) continue;
    const seen = names.length > 0 ? names.map((name) => `"${name}"`).join(', ') : 'nothing';
    problems.push(`${stepLabel}: the text says **${label}** but the portal's elements for this step are named ${seen}`);
  }
  return problems;
}

/** The accessible name Playwright computes, read off the first line of the element's ARIA snapshot (`- button "Click to Continue"`). */
export function nameFromAriaSnapshot(snapshot: string): string | undefined {
  const first = snapshot.split('\n', 1)[0] ?? '';
  const match = /^- [\w-]+ ("(?:[^"\\]|\\.)*")/.exec(first);
  return match ? (JSON.parse(match[1]!) as string) : undefined;
}
