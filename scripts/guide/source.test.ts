import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from '../../tests/support/test';
import { GUIDE_SOURCE, GuideSourceError, loadGuideSource, stepHeadings, validateGuideSource } from './source';

/** The committed source, parsed afresh for each test so a test can break it. */
function committed(): Record<string, any> {
  return parse(readFileSync(GUIDE_SOURCE, 'utf8'));
}

function problemsOf(raw: unknown): string[] {
  try {
    validateGuideSource(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(GuideSourceError);
    return [...(error as GuideSourceError).problems];
  }
  throw new Error('expected the source to be rejected');
}

test.describe('guide source', () => {
  test('the committed guide.yaml is valid and has the eight documented steps', () => {
    const source = loadGuideSource();
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

  test('a method argument other than the example\'s domain or service name is refused', () => {
    const raw = committed();
    raw.steps[3].highlight = 'myServices.viewDetailsButton(account)';
    expect(problemsOf(raw)).toEqual(['step 4 "view-details": "highlight": "myServices.viewDetailsButton(account)" passes "account"; a path can pass only domain or serviceName']);
  });

  test('a placeholder no step reads is refused: figures come from the run, never from the writer', () => {
    const raw = committed();
    raw.steps[6].text += ' You save {{discount}}.';
    expect(problemsOf(raw)).toEqual(['step 7 "review-order": "text": {{discount}} is not read by any step\'s "figures"']);
  });

  test('a figure the billing oracle cannot check is refused', () => {
    const raw = committed();
    raw.steps[6].figures.unitPrice = 'orderSummary.lineCells(serviceName)[3]';
    expect(problemsOf(raw)).toEqual([expect.stringMatching(/^step 7 "review-order": "figures.unitPrice" is not a figure the billing oracle knows/)]);
  });

  test('duplicate ids, bad example values and empty lists are reported', () => {
    const raw = committed();
    raw.steps[1].id = 'open-site';
    raw.example.newTotal = -1;
    raw.example.timeZone = 'Mars/Olympus';
    raw.whatIsNext = [];
    expect(problemsOf(raw)).toEqual([
      'whatIsNext must be a non-empty list of text, got a list',
      'example.newTotal must be a whole number of 0 or more, got number -1',
      'example.timeZone: "Mars/Olympus" is not an IANA time zone',
      'step 2 "open-site": "id" repeats an earlier step\'s id',
    ]);
  });

  test('a step that is not a mapping is named by its number', () => {
    const raw = committed();
    raw.steps[7] = 'pay';
    expect(problemsOf(raw)).toEqual(['step 8 must be a mapping, got string "pay"']);
  });
});
