/** Field checks for guide.yaml: each adds a sentence naming the field to `problems`. */
import { describe } from './paths';

/**
 * An entry of "Before you start" or "What is next?": Markdown text, or a link
 * to another guide by its slug (the folder name under guides/), optionally
 * to a heading's anchor: `{ guide: add-or-remove-hosted-services, text: Buy a BES licence first }`.
 * Without text, the link reads as the other guide's title.
 */
export interface ListItem {
  readonly text?: string;
  readonly guide?: string;
  /** a heading anchor in the other guide, e.g. "6-enter-the-new-totals" */
  readonly anchor?: string;
}

const GUIDE_LINK = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:#([a-z0-9-]+))?$/;

export function listItems(value: unknown, where: string, guides: readonly string[], problems: string[]): ListItem[] {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push(`${where} must be a non-empty list of text or guide links, got ${describe(value)}`);
    return [];
  }
  return value.map((entry, index) => {
    const at = `${where}[${index}]`;
    if (typeof entry === 'string') {
      text(entry, at, problems);
      return { text: entry };
    }
    const item = mapping(entry, at, problems);
    if (!item) return {};
    unknownKeys(item, ['text', 'guide'], at, problems);
    if (item.text !== undefined) text(item.text, `${at}.text`, problems);
    const link = typeof item.guide === 'string' ? GUIDE_LINK.exec(item.guide) : null;
    if (!link) {
      problems.push(`${at}.guide must be another guide's folder name, optionally with #anchor, like "add-or-remove-hosted-services#6-enter-the-new-totals", got ${describe(item.guide)}`);
      return {};
    }
    if (!guides.includes(link[1]!)) problems.push(`${at}.guide: no guide "${link[1]}" under guides/ (guides: ${guides.join(', ') || 'none'})`);
    return { ...(typeof item.text === 'string' ? { text: item.text } : {}), guide: link[1]!, ...(link[2] ? { anchor: link[2] } : {}) };
  });
}

export function mapping(value: unknown, where: string, problems: string[]): Record<string, unknown> | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  problems.push(`${where} must be a mapping, got ${describe(value)}`);
  return undefined;
}

export function unknownKeys(value: Record<string, unknown>, known: readonly string[], where: string, problems: string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) problems.push(`${where}: unknown field "${key}" (known: ${known.join(', ')})`);
  }
}

export function text(value: unknown, where: string, problems: string[]): void {
  if (typeof value !== 'string' || value.trim() === '') problems.push(`${where} must be non-empty text, got ${describe(value)}`);
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
