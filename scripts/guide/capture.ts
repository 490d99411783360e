/**
 * How each step is photographed, in knowledge-base style: the element to act
 * on outlined with a red rounded box, secrets masked, cropped from the top of
 * the page down to just below everything the step's text talks about.
 */
import type { Locator } from '@playwright/test';
import type { Box } from './step-reading';

/** Fixed so every machine and every run frames the pages alike. */
export const VIEWPORT = { width: 1280, height: 800 } as const;
/**
 * The browser page every guide is photographed in (the guides project's `use`
 * in playwright.config.ts), and the bench's bare walk renders its pages in.
 */
export const GUIDE_PAGE = { viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US', reducedMotion: 'reduce', colorScheme: 'light' } as const;
/** Below this the reader loses the page around the element (header, heading). */
const MIN_HEIGHT = 560;
/** Room under the lowest element the step names, so it does not sit on the edge. */
const BOTTOM_MARGIN = 48;
/** The outline sits this far outside the element, so it never covers the label. */
const OUTLINE_GAP = 5;
export const MASK_COLOR = '#5b6573';
export const OUTLINE_COLOR = '#d0021b';

/** The options of one step's screenshot, for `toHaveScreenshot` (or `page.screenshot`). */
export interface Framing {
  readonly clip: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly fullPage: boolean;
  readonly caret: 'hide';
  readonly animations: 'disabled';
  readonly scale: 'css';
  readonly mask: Locator[];
  readonly maskColor: string;
  /** the outline (outlineStyle) */
  readonly style: string;
}

/**
 * The crop: from the top of the page down to just below the outline and every
 * element the step's text talks about, never shorter than MIN_HEIGHT nor
 * longer than the document.
 */
export function framingFor(step: { readonly outline: Box; readonly shown: readonly Box[]; readonly documentHeight: number; readonly mask: readonly Locator[] }): Framing {
  const bottoms = [step.outline.y + step.outline.height + OUTLINE_GAP, ...step.shown.map((box) => box.y + box.height)];
  const wanted = Math.max(MIN_HEIGHT, Math.ceil(Math.max(...bottoms)) + BOTTOM_MARGIN);
  const height = Math.min(step.documentHeight, wanted);
  return {
    clip: { x: 0, y: 0, width: VIEWPORT.width, height },
    // Capturing beyond the viewport costs a relayout; only tall pages need it.
    fullPage: height > VIEWPORT.height,
    caret: 'hide',
    animations: 'disabled',
    scale: 'css',
    mask: [...step.mask],
    maskColor: MASK_COLOR,
    style: outlineStyle(step.outline),
  };
}

/**
 * The outline around `box`, as the stylesheet the capture applies while it
 * photographs (`style`; `stylePath` for the screenshot assertion) and removes
 * afterwards: the rounded red box an overlay element drew (22 of the 28
 * images stayed byte for byte the same, the others moved by a few
 * anti-aliased pixels), without two more round trips to the page per step
 * (draw, remove) and with nothing left on the page for the step's act. An
 * absolute box on the root's ::after is placed in document coordinates, as
 * the box is measured. The guides project bypasses the page's
 * Content-Security-Policy, which could forbid the stylesheet.
 */
export function outlineStyle(box: Box): string {
  const rules = {
    content: "''",
    position: 'absolute',
    left: `${box.x - OUTLINE_GAP}px`,
    top: `${box.y - OUTLINE_GAP}px`,
    width: `${box.width + OUTLINE_GAP * 2}px`,
    height: `${box.height + OUTLINE_GAP * 2}px`,
    border: `3px solid ${OUTLINE_COLOR}`,
    'border-radius': '8px',
    'box-sizing': 'border-box',
    'pointer-events': 'none',
    'z-index': '2147483647',
  };
  return `html::after { ${Object.entries(rules).map(([property, value]) => `${property}: ${value};`).join(' ')} }`;
}
