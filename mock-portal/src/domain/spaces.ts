/**
 * What a customer sees as a space is a space: text pasted from a document, a
 * bank statement or a phone often carries no-break, thin or ideographic
 * spaces (or invisible zero-width ones) where the keyboard would type " ".
 */

/** Every Unicode space separator, the tab, and the zero-width spaces (ZWSP, word joiner, BOM). Not line breaks. */
const ANY_SPACE = /[\p{Zs}\t\u200b\u2060\ufeff]/gu;

/** `text` with each of those replaced by a plain space. */
export function plainSpaces(text: string): string {
  return text.replace(ANY_SPACE, ' ');
}

/** `text` with plain spaces, without spaces at either end. */
export function trimSpaces(text: string): string {
  return plainSpaces(text).replace(/^ +| +$/g, '');
}
