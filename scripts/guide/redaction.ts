/**
 * What a step's screenshot hides, and proof that it does: every `mask` must
 * cover something (a renamed field would otherwise be photographed in
 * clear), every `redact` mask must too whenever its condition holds, and the
 * walk records where each mask lies and what it hid, so a run can check the
 * image's pixels and keep the hidden text out of the guide's words.
 */
import type { Locator } from '@playwright/test';
import type { StepLocators } from './locators';

/** A masked element's box in the page, in CSS pixels from the document's top left (the screenshot's clip starts there). */
export interface MaskedBox {
  readonly path: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Redacted {
  /** every masked element's box, for checking the image */
  readonly boxes: readonly MaskedBox[];
  /** what the masks hid: each element's text, or a field's value (personal data, by the guide's own declaration) */
  readonly hidden: readonly string[];
}

/** The locators the screenshot masks: every `mask`, and every `redact` mask (they cover whatever they match). */
export function masksOf(located: StepLocators): { readonly path: string; readonly locator: Locator }[] {
  return [...located.mask, ...located.redact.flatMap((entry) => entry.mask)];
}

/** A sentence per mask that must cover something and matches nothing. */
export async function uncoveredMasks(label: string, located: StepLocators): Promise<string[]> {
  const problems: string[] = [];
  for (const { path, locator } of located.mask) {
    if ((await locator.count()) === 0) problems.push(`${label}: mask ${path} matches nothing on the page (${String(locator)}); refusing to take an unmasked screenshot`);
  }
  for (const { when, mask } of located.redact) {
    if (!(await conditionHolds(when.locator))) continue;
    for (const { path, locator } of mask) {
      if ((await locator.count()) === 0) {
        problems.push(`${label}: redact mask ${path} matches nothing on the page although ${when.path} is ${await describeCondition(when.locator)} (${String(locator)}); refusing to take an unmasked screenshot`);
      }
    }
  }
  return problems;
}

/** Where each masked element lies and what it shows, read just before the screenshot. */
export async function readRedacted(masks: readonly { readonly path: string; readonly locator: Locator }[]): Promise<Redacted> {
  const boxes: MaskedBox[] = [];
  const hidden = new Set<string>();
  for (const { path, locator } of masks) {
    for (const element of await locator.all()) {
      const seen = await element.evaluate((node) => {
        const rect = node.getBoundingClientRect();
        const text = node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement ? node.value : (node as HTMLElement).innerText;
        return { x: rect.left + window.scrollX, y: rect.top + window.scrollY, width: rect.width, height: rect.height, text };
      });
      if (seen.width > 0 && seen.height > 0) boxes.push({ path, x: seen.x, y: seen.y, width: seen.width, height: seen.height });
      for (const line of seen.text.split('\n').map((part) => part.trim())) if (line) hidden.add(line);
    }
  }
  return { boxes, hidden: [...hidden] };
}

/** A radio button or checkbox counts when chosen; any other element when it is on the page. */
async function conditionHolds(locator: Locator): Promise<boolean> {
  if ((await locator.count()) === 0) return false;
  return locator.first().evaluate((node) => !(node instanceof HTMLInputElement && (node.type === 'radio' || node.type === 'checkbox')) || node.checked);
}

async function describeCondition(locator: Locator): Promise<string> {
  const checkable = await locator.first().evaluate((node) => node instanceof HTMLInputElement && (node.type === 'radio' || node.type === 'checkbox'));
  return checkable ? 'chosen' : 'on the page';
}
