/**
 * Just enough HTML reading for the HTTP specs. The portal's own templates are
 * small and regular, and no parser is installed (nor may one be added), so a
 * few patterns over the markup stand in for a DOM. Each helper fails loudly
 * when what it looks for is missing, so a changed template shows as a clear
 * test failure rather than an empty string.
 */

const ENTITIES: Record<string, string> = {
  '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&#x60;': '`', '&#x3D;': '=', '&nbsp;': ' ',
};

/** Handlebars escapes these when it writes a value; undo that to compare with what was typed. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|nbsp|#x27|#39|#x60|#x3D);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** The text a reader sees: tags dropped, entities decoded, white space collapsed. */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** The page's main heading. */
export function h1(html: string): string {
  const match = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  if (!match) throw new Error('The page has no <h1>');
  return textOf(match[1]!);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every element carrying the attribute, as its opening tag and inner HTML. Not for elements nested in their own kind. */
export function elementsWith(html: string, attribute: string, value: string): { tag: string; inner: string }[] {
  const pattern = new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*\\s${attribute}="${escapeRegExp(value)}"[^>]*>([\\s\\S]*?)</\\1>`, 'g');
  return [...html.matchAll(pattern)].map((match) => ({ tag: match[0].slice(0, match[0].indexOf('>') + 1), inner: match[2]! }));
}

/** The text of each element with this data-testid. */
export function testIdTexts(html: string, testId: string): string[] {
  return elementsWith(html, 'data-testid', testId).map((element) => textOf(element.inner));
}

/** The text of the one element with this data-testid. */
export function testIdText(html: string, testId: string): string {
  const texts = testIdTexts(html, testId);
  if (texts.length !== 1) throw new Error(`Expected one data-testid="${testId}", found ${texts.length}`);
  return texts[0]!;
}

/** The text of the element with this id, or null when there is none. */
export function textById(html: string, id: string): string | null {
  const [element] = elementsWith(html, 'id', id);
  return element ? textOf(element.inner) : null;
}

/** The attributes of the <input> with this id, decoded. */
export function inputAttributes(html: string, id: string): Record<string, string> {
  const tag = new RegExp(`<input\\b[^>]*\\sid="${escapeRegExp(id)}"[^>]*>`).exec(html)?.[0];
  if (!tag) throw new Error(`No <input id="${id}"> on the page`);
  return Object.fromEntries([...tag.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)].map((match) => [match[1]!, decodeEntities(match[2] ?? '')]));
}

/** Whether a form posts to this action. */
export function hasFormPostingTo(html: string, action: string): boolean {
  return new RegExp(`<form\\b[^>]*\\saction="${escapeRegExp(action)}"`).test(html);
}

/** An order summary's lines (data-testid="order-line"): each row's service id and cell texts. */
export function orderLineRows(html: string): { service: string; cells: string[] }[] {
  return elementsWith(html, 'data-testid', 'order-line').map(({ tag, inner }) => ({
    service: /data-service="([^"]*)"/.exec(tag)?.[1] ?? '',
    cells: [...inner.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => textOf(cell[1]!)),
  }));
}

/** The cell texts (header cells included) of each body row of the table whose caption starts with `caption`; [] when there is no such table. */
export function tableRows(html: string, caption: string): string[][] {
  const table = new RegExp(`<table\\b[^>]*>\\s*<caption[^>]*>\\s*${escapeRegExp(caption)}[\\s\\S]*?</table>`).exec(html)?.[0] ?? '';
  const body = /<tbody\b[^>]*>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
  return [...body.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => textOf(cell[1]!)));
}
