import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from '../../tests/support/test';
import { guideSlugs, loadGuide } from './catalog';
import { GuideSourceError, stepHeadings, validateGuideSource, type Vocabulary } from './source';

const guide = loadGuide('add-or-remove-hosted-services');
const vocabulary: Vocabulary = {
  exampleFields: guide.actions.example.fields,
  pathArguments: Object.keys(guide.actions.pathValues),
  figureNames: guide.actions.figures.names,
  stepIds: Object.keys(guide.actions.steps),
  // The other guides under guides/: the committed guide links them.
  guides: guideSlugs().filter((slug) => slug !== guide.slug),
};

/** The committed source, parsed afresh for each test so a test can break it. */
function committed(): Record<string, any> {
  return parse(readFileSync(guide.sourceFile, 'utf8'));
}

function problemsOf(raw: unknown, words: Vocabulary = vocabulary): string[] {
  try {
    validateGuideSource(raw, guide.sourceFile, words);
  } catch (error) {
    expect(error).toBeInstanceOf(GuideSourceError);
    return [...(error as GuideSourceError).problems];
  }
  throw new Error('expected the source to be rejected');
}

test.describe('guide source', () => {
  test('the committed guide.yaml is valid and has the eight documented steps', () => {
    const source = guide.source;
    expect(source.steps.map((step) => step.id)).toEqual(['open-site', 'log-in', 'my-services', 'view-details', 'upgrade-downgrade', 'new-totals', 'review-order', 'pay']);
    expect(stepHeadings(source)['new-totals']).toBe('6. Enter the new totals');
    expect(source.steps[0]!.shows).toEqual([]);
  });

  test('a step without a highlight is named with the field', () => {
    const raw = committed();
    delete raw.steps[5].highlight;
    expect(problemsOf(raw)).toEqual(['step 6 "new-totals": "highlight": must be a page-object path like "upgradeDowngrade.newTotalField(serviceName)", got nothing']);
  });

  test('an unknown field, a misspelt path and a wrong image number are all reported at once', () => {
    const raw = committed();
    raw.steps[1].highlite = 'login.logInButton';
    raw.steps[2].shows = ['nav services'];
    raw.steps[3].image = '05-view-details.png';
    const problems = problemsOf(raw);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^step 2 "log-in": unknown field "highlite"/);
    expect(problems[1]).toBe('step 3 "my-services": "shows[0]": "nav services" is not a page-object path like "login.logInButton" or "upgradeDowngrade.newTotalField(serviceName)"');
    expect(problems[2]).toBe('step 4 "view-details": "image" "05-view-details.png" must start with the step\'s number 04');
  });

  test('a method argument other than the values the actions offer is refused', () => {
    const raw = committed();
    raw.steps[3].highlight = 'myServices.viewDetailsButton(account)';
    expect(problemsOf(raw)).toEqual(['step 4 "view-details": "highlight": "myServices.viewDetailsButton(account)" passes "account"; a path can pass only domain or serviceName']);
  });

  test('a placeholder no step reads is refused: figures come from the run, never from the writer', () => {
    const raw = committed();
    raw.steps[6].text += ' You save {{discount}}.';
    expect(problemsOf(raw)).toEqual(['step 7 "review-order": "text": {{discount}} is not read by any step\'s "figures"']);
  });

  test('a figure the guide\'s actions cannot check is refused', () => {
    const raw = committed();
    raw.steps[6].figures.unitPrice = 'orderSummary.lineCells(serviceName)[3]';
    expect(problemsOf(raw)).toEqual([expect.stringMatching(/^step 7 "review-order": "figures.unitPrice" is not a figure this guide's actions know \(domain, oldTotal/)]);
  });

  test('a step the actions do not act out, and actions for a step the guide lacks, are refused', () => {
    const raw = committed();
    raw.steps[7].id = 'pay-now';
    expect(problemsOf(raw)).toEqual([
      'step 8 "pay-now": actions.ts has no actions (arrive, act) for this step id',
      'actions.ts has actions for a step "pay" that guide.yaml does not have',
    ]);
  });

  test('the example\'s own fields come from the actions: a missing or unknown one is named', () => {
    const raw = committed();
    delete raw.example.service;
    raw.example.contact = 'Dana';
    expect(problemsOf(raw)).toEqual(['example: unknown field "contact" (known: account, portalNow, timeZone, domain, service, newTotal)', 'example.service must be non-empty text, got nothing']);
  });

  test('a list entry may link another guide by its folder name, which must exist', () => {
    const raw = committed();
    raw.whatIsNext = [{ guide: 'create-billing-control-panel-contacts' }, { text: 'Buy a BES licence first', guide: 'add-and-activate-a-new-bes-user#5-check-the-licences-then-select-add-bes-user' }];
    raw.prerequisites = [{ text: 'Add a CRM user', guide: 'create-a-crm-organisation' }, { guide: 'Create Contacts' }];
    expect(problemsOf(raw)).toEqual([
      `prerequisites[0].guide: no guide "create-a-crm-organisation" under guides/ (guides: ${vocabulary.guides.join(', ')})`,
      'prerequisites[1].guide must be another guide\'s folder name, optionally with #anchor, like "add-or-remove-hosted-services#6-enter-the-new-totals", got string "Create Contacts"',
    ]);
  });

  test('the site\'s address must be an https address, and the index\'s title and summary hold no figures', () => {
    const raw = committed();
    raw.siteUrl = 'client.exchangemailhosting.com';
    raw.summary += ' It costs {{totalDue}}.';
    expect(problemsOf(raw)).toEqual([
      'siteUrl must be the site\'s public https address like "https://portal.example.com/", got string "client.exchangemailhosting.com"',
      'summary: is quoted in guides/README.md, where no run\'s figures exist; write it without {{placeholders}}',
    ]);
  });

  test('duplicate ids, bad example values and empty lists are reported', () => {
    const raw = committed();
    raw.steps[1].id = 'open-site';
    raw.example.newTotal = -1;
    raw.example.timeZone = 'Mars/Olympus';
    raw.whatIsNext = [];
    expect(problemsOf(raw)).toEqual([
      'whatIsNext must be a non-empty list of text or guide links, got a list',
      'example.timeZone must be an IANA time zone like Europe/London, got string "Mars/Olympus"',
      'example.newTotal must be a whole number of 0 or more, got number -1',
      'step 2 "open-site": "id" repeats an earlier step\'s id',
      'actions.ts has actions for a step "log-in" that guide.yaml does not have',
    ]);
  });

  test('a step that is not a mapping is named by its number', () => {
    const raw = committed();
    raw.steps[7] = 'pay';
    expect(problemsOf(raw)).toEqual(['step 8 must be a mapping, got string "pay"', 'actions.ts has actions for a step "pay" that guide.yaml does not have']);
  });

  test('a redact entry needs a page-object path under "when" and a non-empty list of them under "mask"', () => {
    const raw = committed();
    raw.steps[7].redact = [{ when: 'checkout.newCard', mask: [] }, { mask: ['checkout.cardNumber'], hide: true }, 'checkout.cvc', { when: 'checkout.newCard', mask: ['checkout.cvc(cardName)'] }];
    expect(problemsOf(raw)).toEqual([
      'step 8 "pay": "redact[0]".mask must be a non-empty list of page-object paths, got a list',
      'step 8 "pay": "redact[1]": unknown field "hide" (known: when, mask)',
      'step 8 "pay": "redact[1]".when: must be a page-object path like "upgradeDowngrade.newTotalField(serviceName)", got nothing',
      'step 8 "pay": "redact[2]" must be a mapping, got string "checkout.cvc"',
      'step 8 "pay": "redact[3]".mask[0]: "checkout.cvc(cardName)" passes "cardName"; a path can pass only domain or serviceName',
    ]);
  });
});
