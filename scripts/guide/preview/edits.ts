/**
 * Which edits of guide.yaml the preview can show without walking the portal
 * again: those that change only words (the title, summary, site address,
 * lists, a step's title, text or alt text). Anything the walk uses (the
 * example, a step's elements, masks, figures, image names, the steps
 * themselves) needs a new walk.
 */
import type { GuideSource } from '../source';

/** What the walk depends on, as a string that changes exactly when the walk must be redone. */
export function walkFingerprint(source: GuideSource): string {
  return JSON.stringify({
    example: source.example,
    steps: source.steps.map(({ id, highlight, shows, mask, figures, image }) => ({ id, highlight, shows, mask, figures, image })),
  });
}

export function needsWalk(walked: GuideSource, edited: GuideSource): boolean {
  return walkFingerprint(walked) !== walkFingerprint(edited);
}
