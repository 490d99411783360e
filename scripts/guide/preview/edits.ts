/**
 * Which edits of guide.yaml the preview can show without walking the portal
 * again: those that change only words (the title, summary, site address,
 * lists, a step's title, text or alt text). Everything else in the source is
 * something the walk uses (the example, a step's elements, masks, redactions,
 * figures, image names, the steps themselves) and needs a new walk; a field
 * added to the source later counts as one until it is named here as words.
 */
import type { GuideSource, GuideStep } from '../source';

/** What the walk depends on, as a string that changes exactly when the walk must be redone. */
export function walkFingerprint(source: GuideSource): string {
  const { title: _title, summary: _summary, siteUrl: _siteUrl, prerequisites: _prerequisites, whatIsNext: _whatIsNext, steps, ...walked } = source;
  return JSON.stringify({ ...walked, steps: steps.map(walkedPartOfStep) });
}

function walkedPartOfStep(step: GuideStep): Omit<GuideStep, 'title' | 'text' | 'alt'> {
  const { title: _title, text: _text, alt: _alt, ...walked } = step;
  return walked;
}

export function needsWalk(walked: GuideSource, edited: GuideSource): boolean {
  return walkFingerprint(walked) !== walkFingerprint(edited);
}
