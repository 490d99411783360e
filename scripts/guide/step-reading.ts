/**
 * Everything the walk needs from the page at a step's moment of acting, read
 * in one round trip: every locator the step names (highlight, shows, masks,
 * redact conditions, figures) is resolved once, and for each the same call
 * reads how many elements match, their boxes, what they show, whether the
 * first is visible or chosen (./step-marks.ts tells the locators' matches
 * apart). A page object's role locator with an exact label names its element
 * by construction; any other named element's accessible name is read from
 * its ARIA snapshot.
 *
 * Why one round trip: the walk used to ask the page one question per call
 * (count, then name, then visibility, then box, then text), some thirty round
 * trips a step, each resolving a role locator again; they were a third of a
 * guide run. One call per locator still made five a step, each with its own
 * share of Playwright's per-call work. The checks (drift, masks, figures),
 * the redaction and the framing are worked out from this reading
 * (./labels.ts, ./redaction.ts, ./capture.ts), with nothing more asked of the
 * page.
 */
import type { Locator } from '@playwright/test';
import { diagnoseMissing, exactRoleName } from '../../tests/pages/label-diagnosis';
import { nameFromAriaSnapshot, type NamedElement } from './labels';
import { markedUnion } from './step-marks';
import type { StepLocators } from './locators';

/** A box in CSS pixels from the document's top left (the screenshot's clip starts there). */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What one locator matches, as the page shows it. */
export interface ElementReading {
  readonly count: number;
  /** each matched element's box */
  readonly boxes: readonly Box[];
  /** what each matched element shows: a field's value, a select's chosen options, else its visible text (innerText) */
  readonly texts: readonly string[];
  /** the first element's box for an outline: a radio button or checkbox stands for the words of its label */
  readonly outline?: Box;
  /** the first element is visible, as Playwright's isVisible() has it */
  readonly visible: boolean;
  /** the first element is a radio button or checkbox */
  readonly checkable: boolean;
  readonly checked: boolean;
}

export interface PathReading {
  readonly path: string;
  /** the locator, as Playwright describes it (for messages) */
  readonly described: string;
  readonly reading: ElementReading;
}

export interface StepReading {
  /** the document's height once fonts have loaded and the page is scrolled to the top */
  readonly documentHeight: number;
  readonly highlight: ElementReading;
  readonly shows: readonly PathReading[];
  /** the highlight's name first, then each show's, for the drift check */
  readonly named: readonly NamedElement[];
  readonly mask: readonly PathReading[];
  readonly redact: readonly { readonly when: PathReading; readonly mask: readonly PathReading[] }[];
  readonly figures: readonly (PathReading & { readonly name: string })[];
}

/** Reads the step's page; `highlightPath` names the highlight in problems. */
export async function readStep(highlightPath: string, located: StepLocators): Promise<StepReading> {
  type Located = { readonly path: string; readonly locator: Locator };
  // A step often names one element twice (a field the text quotes is also masked): each locator is read once.
  const unique = new Map<string, Locator>();
  const entries: Located[] = [...located.shows, ...located.mask, ...located.redact.flatMap((entry) => [entry.when, ...entry.mask]), ...located.figures];
  for (const locator of [located.highlight, ...entries.map((entry) => entry.locator)]) {
    if (!unique.has(String(locator))) unique.set(String(locator), locator);
  }
  const { readings, documentHeight } = await readLocators([...unique.values()] as [Locator, ...Locator[]]);
  const readingOf = new Map([...unique.keys()].map((key, index) => [key, readings[index]!]));
  const read = ({ path, locator }: Located): PathReading => ({ path, described: String(locator), reading: readingOf.get(String(locator))! });
  // What the text may quote is named: a role locator with an exact label by its label, anything else by asking the page.
  const named = (entry: Located) => {
    const reading = read(entry);
    return nameOf(reading, entry.locator).then((name) => ({ ...reading, named: name }));
  };
  const [highlight, ...shows] = await Promise.all([named({ path: highlightPath, locator: located.highlight }), ...located.shows.map(named)]);
  return {
    documentHeight,
    highlight: highlight!.reading,
    shows,
    named: [highlight!, ...shows].map((entry) => entry.named),
    mask: located.mask.map(read),
    redact: located.redact.map((entry) => ({ when: read(entry.when), mask: entry.mask.map(read) })),
    figures: located.figures.map((figure) => ({ name: figure.name, ...read(figure) })),
  };
}

/** The accessible name Playwright computes (the first line of the element's ARIA snapshot), or why there is none. */
async function nameOf({ path, described, reading }: PathReading, locator: Locator): Promise<NamedElement> {
  if (reading.count === 0) {
    // Worded by the same diagnosis as the page objects' fast failures, so the guide and the suite say the same thing.
    const diagnosis = await diagnoseMissing(locator);
    return { path, name: undefined, problem: diagnosis ? `matches nothing on the page: ${diagnosis}` : `matches nothing on the page (${described})` };
  }
  if (reading.count > 1) return { path, name: undefined, problem: `matches ${reading.count} elements (${described}); it must match one` };
  // A role locator with an exact label matched that very name: asking the page again would say the same.
  return { path, name: exactRoleName(locator) ?? nameFromAriaSnapshot(await locator.ariaSnapshot({ depth: 0 })) };
}

/**
 * Every locator resolved once and read in a single round trip (./step-marks.ts labels which matched what), once the
 * fonts have loaded (they load with font-display: block and move every box when they arrive). Boxes are in document
 * coordinates, whatever the scroll; the same call then scrolls to the top and measures the document's height, which
 * the shot is framed down to.
 */
export async function readLocators(locators: readonly [Locator, ...Locator[]]): Promise<{ readonly readings: readonly ElementReading[]; readonly documentHeight: number }> {
  const { union, call } = markedUnion(locators);
  return union.evaluateAll(async (elements, { call, count }) => {
    await document.fonts.ready;
    const documentBox = (rect: DOMRect) => ({ x: rect.left + window.scrollX, y: rect.top + window.scrollY, width: rect.width, height: rect.height });
    const isChoice = (element: Element): element is HTMLInputElement => element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox');
    const shows = (element: Element) =>
      // A select's innerText lists every option; the reader sees only the chosen one's text.
      element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element.value : element instanceof HTMLSelectElement ? [...element.selectedOptions].map((option) => option.text).join(', ') : (element as HTMLElement).innerText;
    // Playwright's isVisible(): rendered (not display: none, visibility visible) with a non-empty box; display: contents by its children.
    const isVisible = (element: Element): boolean => {
      const style = getComputedStyle(element);
      if (style.display === 'contents') return [...element.children].some(isVisible);
      if (!element.checkVisibility() || style.visibility !== 'visible') return false;
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0;
    };
    const outlineOf = (element: Element) => {
      // A label may be a full-width block; the range around its contents hugs the button and its words.
      const label = isChoice(element) ? element.closest('label') : null;
      if (!label) return documentBox(element.getBoundingClientRect());
      const range = document.createRange();
      range.selectNodeContents(label);
      return documentBox(range.getBoundingClientRect());
    };
    // The union comes in document order; each element carries the places of the locators that matched it, and
    // keeps only labels of other calls (never this one's twice).
    const matches: Element[][] = Array.from({ length: count }, () => []);
    const mine = (mark: string) => mark.startsWith(`${call}:`);
    for (const element of elements) {
      const marked = element as Element & { __guideStepMarks?: string[] };
      const marks = marked.__guideStepMarks ?? [];
      for (const place of new Set(marks.filter(mine).map((mark) => Number(mark.slice(call.length + 1))))) matches[place]!.push(element);
      const others = marks.filter((mark) => !mine(mark));
      if (others.length > 0) marked.__guideStepMarks = others;
      else delete marked.__guideStepMarks;
    }
    const readings = matches.map((matched) => {
      const first = matched[0];
      return {
        count: matched.length,
        boxes: matched.map((element) => documentBox(element.getBoundingClientRect())),
        texts: matched.map(shows),
        ...(first ? { outline: outlineOf(first) } : {}),
        visible: !!first && isVisible(first),
        checkable: !!first && isChoice(first),
        checked: !!first && isChoice(first) && first.checked,
      };
    });
    window.scrollTo(0, 0);
    return { readings, documentHeight: document.documentElement.scrollHeight };
  }, { call, count: locators.length });
}
