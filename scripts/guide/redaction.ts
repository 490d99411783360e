/**
 * What a step's screenshot hides, and proof that it does: every `mask` must
 * cover something (a renamed field would otherwise be photographed in
 * clear), every `redact` mask must too whenever its condition holds, and the
 * walk records where each mask lies and what it hid, so a run can check the
 * image's pixels and keep the hidden text out of the guide's words.
 */
import type { Locator } from '@playwright/test';
import type { StepLocators } from './locators';
import type { Box, PathReading, StepReading } from './step-reading';

/** A masked element's box in the page, in CSS pixels from the document's top left (the screenshot's clip starts there). */
export interface MaskedBox extends Box {
  readonly path: string;
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
export function uncoveredMasks(label: string, step: Pick<StepReading, 'mask' | 'redact'>): string[] {
  const problems: string[] = [];
  for (const { path, described, reading } of step.mask) {
    if (reading.count === 0) problems.push(`${label}: mask ${path} matches nothing on the page (${described}); refusing to take an unmasked screenshot`);
  }
  for (const { when, mask } of step.redact) {
    // A radio button or checkbox counts when chosen; any other element when it is on the page.
    if (when.reading.count === 0 || (when.reading.checkable && !when.reading.checked)) continue;
    for (const { path, described, reading } of mask) {
      if (reading.count === 0) {
        problems.push(`${label}: redact mask ${path} matches nothing on the page although ${when.path} is ${when.reading.checkable ? 'chosen' : 'on the page'} (${described}); refusing to take an unmasked screenshot`);
      }
    }
  }
  return problems;
}

/** Where each masked element lies and what it shows. */
export function redactedBy(step: Pick<StepReading, 'mask' | 'redact'>): Redacted {
  const masks: PathReading[] = [...step.mask, ...step.redact.flatMap((entry) => entry.mask)];
  const boxes: MaskedBox[] = [];
  const hidden = new Set<string>();
  for (const { path, reading } of masks) {
    for (const box of reading.boxes) if (box.width > 0 && box.height > 0) boxes.push({ path, ...box });
    for (const text of reading.texts) for (const line of text.split('\n').map((part) => part.trim())) if (line) hidden.add(line);
  }
  return { boxes, hidden: [...hidden] };
}
