/** What every data form of the portal checks before reading its fields. */

/** Form fields other than the CSRF token and the expected ones. */
export function unknownFields(body: Record<string, unknown>, expected: readonly string[]): string[] {
  const allowed = new Set(['_csrf', ...expected]);
  return Object.keys(body).filter((name) => !allowed.has(name));
}

/**
 * The message for a form that sent fields its page does not have: a tampered
 * or outdated form, refused rather than guessed at. Names at most three, cut
 * short, so a flood of fields cannot flood the page.
 */
export function unknownFieldsMessage(unknown: readonly string[], nothing: string): string {
  const names = unknown.slice(0, 3).map((name) => `"${name.slice(0, 40)}"`).join(', ');
  return `The form sent a field this page does not have (${names}). Reload the page and try again. ${nothing}`;
}
