/**
 * The guide's promise, end to end: a published figure is a checked figure.
 * The guide is walked, by the same engine as `npm run guide`, on a portal
 * that prices a mailbox at $10.00 instead of $9.95; the walk must stop at the
 * step that shows the wrong figures, name each of them, and photograph
 * nothing from that step on.
 */
import { exampleTestOptions, loadGuide } from '../../scripts/guide/catalog';
import { mockTarget } from '../../scripts/guide/guide-test';
import { GuideDriftError, walkGuide } from '../../scripts/guide/walk';
import { expect, test } from '../support/test';

const guide = loadGuide('add-or-remove-hosted-services');

test.describe('the guide on a portal that shows a wrong figure', { tag: '@mock' }, () => {
  test.use({
    ...exampleTestOptions(guide),
    // 1 × $10.00 × 5 ÷ 30 = $1.67, where the rule with the catalogue's $9.95 says $1.66.
    unitPriceOverrides: { 'exchange-mailbox': 1000 },
  });

  test('the walk fails at the order summary, naming the step and every wrong figure', async ({ page }) => {
    const photographed: string[] = [];
    const failure = await walkGuide(page, guide, mockTarget(guide), {
      step: (_heading, body) => body(),
      photograph: async (step) => {
        photographed.push(step.id);
      },
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(GuideDriftError);
    expect((failure as GuideDriftError).problems).toEqual([
      'step 7 "review-order": the portal shows lineAmount = "$1.67" but the rule says "$1.66"',
      'step 7 "review-order": the portal shows totalDue = "$1.67" but the rule says "$1.66"',
      'step 7 "review-order": the portal shows newMonthlyTotal = "$45.45" but the rule says "$45.30"',
    ]);
    // The steps before are photographed; the one showing wrong figures is not.
    expect(photographed).toEqual(guide.source.steps.slice(0, 6).map((step) => step.id));
  });
});
