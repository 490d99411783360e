/**
 * How each step is photographed, in knowledge-base style: the element to act
 * on outlined with a red rounded box, secrets masked, cropped from the top of
 * the page down to just below everything the step's text talks about.
 */
import type { Locator, Page } from '@playwright/test';

/** Fixed so every machine and every run frames the pages alike. */
export const VIEWPORT = { width: 1280, height: 800 } as const;
/** Below this the reader loses the page around the element (header, heading). */
const MIN_HEIGHT = 560;
/** Room under the lowest element the step names, so it does not sit on the edge. */
const BOTTOM_MARGIN = 48;
const OUTLINE_ID = 'guide-highlight';
/** The outline sits this far outside the element, so it never covers the label. */
const OUTLINE_GAP = 5;
export const MASK_COLOR = '#5b6573';

export interface Shot {
  readonly highlight: Locator;
  readonly context: readonly Locator[];
  readonly mask: readonly Locator[];
}

/** The options of one step's screenshot, for `toHaveScreenshot` (or `page.screenshot`). */
export interface Framing {
  readonly clip: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly fullPage: boolean;
  readonly caret: 'hide';
  readonly animations: 'disabled';
  readonly scale: 'css';
  readonly mask: Locator[];
  readonly maskColor: string;
}

/**
 * Draws the outline and works out the crop. The outline stays on the page
 * until `release()`, so every capture the screenshot assertion takes (one when
 * the image is unchanged, several while it waits for a changed page to settle)
 * shows it.
 */
export async function frameStep(page: Page, shot: Shot): Promise<{ readonly framing: Framing; release(): Promise<void> }> {
  // Fonts load with font-display: block; a shot taken earlier would show no text or a fallback face.
  await page.evaluate(() => document.fonts.ready.then(() => window.scrollTo(0, 0)));
  const box = await documentBox(shot.highlight, true);
  await drawOutline(page, box);
  const release = () => page.evaluate((id) => document.getElementById(id)?.remove(), OUTLINE_ID);
  try {
    const bottoms = await Promise.all([shot.highlight, ...shot.context].map(async (locator) => {
      const rect = await documentBox(locator);
      return rect.y + rect.height;
    }));
    const documentHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    const wanted = Math.max(MIN_HEIGHT, Math.ceil(Math.max(...bottoms, box.y + box.height + OUTLINE_GAP)) + BOTTOM_MARGIN);
    const height = Math.min(documentHeight, wanted);
    return {
      framing: {
        clip: { x: 0, y: 0, width: VIEWPORT.width, height },
        // Capturing beyond the viewport costs a relayout; only tall pages need it.
        fullPage: height > VIEWPORT.height,
        caret: 'hide',
        animations: 'disabled',
        scale: 'css',
        mask: [...shot.mask],
        maskColor: MASK_COLOR,
      },
      release,
    };
  } catch (error) {
    await release();
    throw error;
  }
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The element's box in document coordinates (boundingBox() is relative to the
 * viewport). For the outline, a radio button or checkbox stands for its whole
 * label: readers look for the words "Credit Card", not a 13-pixel circle.
 */
async function documentBox(locator: Locator, withLabel = false): Promise<Box> {
  return locator.evaluate((element, withLabel) => {
    const choice = withLabel && element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox');
    const label = choice ? element.closest('label') : null;
    // A label may be a full-width block; the range around its contents hugs the button and its words.
    const range = label ? document.createRange() : null;
    range?.selectNodeContents(label!);
    const rect = range ? range.getBoundingClientRect() : element.getBoundingClientRect();
    return { x: rect.left + window.scrollX, y: rect.top + window.scrollY, width: rect.width, height: rect.height };
  }, withLabel);
}

/** A positioned box added just for the screenshot and removed right after, so the page itself is untouched. */
async function drawOutline(page: Page, box: Box): Promise<void> {
  await page.evaluate(
    ({ id, box, gap }) => {
      const outline = document.createElement('div');
      outline.id = id;
      Object.assign(outline.style, {
        position: 'absolute',
        left: `${box.x - gap}px`,
        top: `${box.y - gap}px`,
        width: `${box.width + gap * 2}px`,
        height: `${box.height + gap * 2}px`,
        border: '3px solid #d0021b',
        borderRadius: '8px',
        boxSizing: 'border-box',
        pointerEvents: 'none',
        zIndex: '2147483647',
      });
      document.body.appendChild(outline);
    },
    { id: OUTLINE_ID, box, gap: OUTLINE_GAP },
  );
}
