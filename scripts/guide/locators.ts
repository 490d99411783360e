/**
 * Turns the guide's page-object paths into Playwright locators, through the
 * same page objects as the regression suite. All paths are resolved before the
 * walk starts, so a misspelt path fails in a second, not after seven steps.
 */
import type { Locator } from '@playwright/test';
import type { PortalPages } from '../../tests/pages';
import { parsePath } from './paths';
import { stepLabel, type GuideSource } from './source';

export interface StepLocators {
  readonly highlight: Locator;
  readonly shows: readonly { readonly path: string; readonly locator: Locator }[];
  readonly mask: readonly { readonly path: string; readonly locator: Locator }[];
  readonly redact: readonly { readonly when: { readonly path: string; readonly locator: Locator }; readonly mask: readonly { readonly path: string; readonly locator: Locator }[] }[];
  readonly figures: readonly { readonly name: string; readonly path: string; readonly locator: Locator }[];
}

export function resolvePath(pages: PortalPages, raw: string, values: Readonly<Record<string, string>>, where: string): Locator {
  const parsed = parsePath(raw);
  if (typeof parsed === 'string') throw new Error(`${where}: ${parsed}`);
  const pageObject = (pages as unknown as Record<string, Record<string, unknown> | undefined>)[parsed.page];
  if (!pageObject) throw new Error(`${where}: no page object "${parsed.page}" in tests/pages (known: ${Object.keys(pages).join(', ')})`);
  const member = pageObject[parsed.member];
  let locator: unknown;
  if (typeof member === 'function') {
    if (!parsed.argument) throw new Error(`${where}: ${parsed.page}.${parsed.member} is a method; say what to pass, e.g. "${parsed.page}.${parsed.member}(domain)"`);
    const value = values[parsed.argument];
    if (value === undefined) throw new Error(`${where}: the guide's actions offer no value "${parsed.argument}" (offered: ${Object.keys(values).join(', ') || 'none'})`);
    locator = (member as (value: string) => unknown).call(pageObject, value);
  } else {
    if (parsed.argument) throw new Error(`${where}: ${parsed.page}.${parsed.member} is not a method; write it without "(${parsed.argument})"`);
    locator = member;
  }
  if (!isLocator(locator)) throw new Error(`${where}: ${parsed.page}.${parsed.member} is not a locator of the ${parsed.page} page object`);
  return parsed.index === undefined ? locator : locator.nth(parsed.index);
}

export function resolveSteps(pages: PortalPages, source: GuideSource, values: Readonly<Record<string, string>>): StepLocators[] {
  return source.steps.map((step, index) => {
    const label = stepLabel(index, step.id);
    return {
      highlight: resolvePath(pages, step.highlight, values, `${label} "highlight"`),
      shows: step.shows.map((raw, at) => ({ path: raw, locator: resolvePath(pages, raw, values, `${label} "shows[${at}]"`) })),
      mask: step.mask.map((raw, at) => ({ path: raw, locator: resolvePath(pages, raw, values, `${label} "mask[${at}]"`) })),
      redact: step.redact.map((entry, at) => ({
        when: { path: entry.when, locator: resolvePath(pages, entry.when, values, `${label} "redact[${at}].when"`) },
        mask: entry.mask.map((raw, index) => ({ path: raw, locator: resolvePath(pages, raw, values, `${label} "redact[${at}].mask[${index}]"`) })),
      })),
      figures: Object.entries(step.figures).map(([name, raw]) => ({ name, path: raw, locator: resolvePath(pages, raw, values, `${label} "figures.${name}"`) })),
    };
  });
}

function isLocator(value: unknown): value is Locator {
  return !!value && typeof value === 'object' && typeof (value as Locator).ariaSnapshot === 'function' && typeof (value as Locator).nth === 'function';
}
