import { expect, test } from '../support/test';
import { closestFirst, editDistance, expectedFromDescription, labelText, missingElementSentence, namesInAriaSnapshot } from './label-diagnosis';
import type { Locator } from '@playwright/test';

test.describe('the missing-label diagnosis', () => {
  test('edit distance counts insertions, deletions and substitutions, ignoring case', () => {
    expect(editDistance('View Details', 'Show Details')).toBe(3);
    expect(editDistance('Log In', 'Log in')).toBe(0);
    expect(editDistance('', 'Home')).toBe(4);
    expect(editDistance('Continue', 'Click to Continue')).toBe(9);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  test('names are ranked closest first, ties in page order, repeats counted once', () => {
    const names = ['Home', 'Show Details', 'Skip to content', 'Show Details', 'View Invoice', 'Show Details'];
    expect(closestFirst('View Details', names)).toEqual([
      { name: 'Show Details', count: 3 },
      { name: 'View Invoice', count: 1 },
      { name: 'Home', count: 1 },
      { name: 'Skip to content', count: 1 },
    ]);
    expect(closestFirst('ab', ['xx', 'yy']).map(({ name }) => name)).toEqual(['xx', 'yy']);
  });

  test('a regular-expression label is ranked by its text', () => {
    expect(labelText(/^Bank Transfer/)).toBe('Bank Transfer');
    expect(labelText(/Active services/)).toBe('Active services');
    expect(closestFirst(/^Bank Transfer/, ['Credit Card', 'Bank transfer (slow)'])[0]!.name).toBe('Bank transfer (slow)');
  });

  test('names of one role are read from an ARIA snapshot, in page order', () => {
    const snapshot = [
      '- banner:',
      '  - link "ITSolutionsNow Client Portal":',
      '    - /url: /home',
      '  - navigation "Main":',
      '    - button "Services" [expanded=false]',
      '- main:',
      '  - heading "My Services" [level=1]',
      '  - table "Domains on this account":',
      '    - row "contoso-dental.com Exchange Business Active $45.30 Show Details":',
      '      - link "Show Details":',
      '        - /url: /services/contoso-dental.com',
      '      - link "Say \\"hi\\""',
      '  - text: View Details',
    ].join('\n');
    expect(namesInAriaSnapshot(snapshot, 'link')).toEqual(['ITSolutionsNow Client Portal', 'Show Details', 'Say "hi"']);
    expect(namesInAriaSnapshot(snapshot, 'button')).toEqual(['Services']);
    expect(namesInAriaSnapshot(snapshot, 'checkbox')).toEqual([]);
  });

  test('the sentence names the role, the expected label and the names there are now, closest first', () => {
    expect(missingElementSentence({ role: 'link', name: 'View Details', namesNow: ['Home', 'Show Details', 'Show Details'], within: 'the row of contoso-dental.com' })).toBe(
      'no link named "View Details" in the row of contoso-dental.com; the page\'s links are now named, closest first: "Show Details" (2×), "Home"',
    );
    expect(missingElementSentence({ role: 'button', name: 'Log In', namesNow: ['Sign In'] })).toBe(
      'no button named "Log In" on the page; the page\'s buttons are now named, closest first: "Sign In"',
    );
    expect(missingElementSentence({ role: 'checkbox', name: 'Save this card', namesNow: [] })).toBe('no checkbox named "Save this card" on the page; the page has no checkboxes with a name at all');
    expect(missingElementSentence({ role: 'radio', name: /^Bank Transfer/, namesNow: ['Credit Card'] })).toContain('no radio named /^Bank Transfer/ on the page');
  });

  test('a long list is cut after eight names, counting the rest', () => {
    const names = Array.from({ length: 11 }, (_, index) => `Link ${index}`);
    expect(missingElementSentence({ role: 'link', name: 'Link 0x', namesNow: names })).toMatch(/"Link 0", .*"Link 7" and 3 more$/);
  });

  test('when the scope is missing, or the label is elsewhere on the page, the sentence says so instead', () => {
    expect(missingElementSentence({ role: 'link', name: 'View Details', namesNow: ['View Details'], within: 'the row of contoso.example', withinMissing: true })).toBe(
      'no link named "View Details": the row of contoso.example is not on the page',
    );
    expect(missingElementSentence({ role: 'link', name: 'View Details', namesNow: ['View Details', 'Home'], within: 'the row of contoso.example' })).toBe(
      'no link named "View Details" in the row of contoso.example, though the page has one elsewhere',
    );
  });

  test('a plain locator\'s role and label are read back from its description', () => {
    const describe = (text: string) => expectedFromDescription({ toString: () => text } as unknown as Locator);
    expect(describe("getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Log Out', exact: true })")).toEqual({ role: 'button', name: 'Log Out' });
    expect(describe("getByRole('link', { name: 'Pete\\'s page', exact: true })")).toEqual({ role: 'link', name: "Pete's page" });
    expect(describe("getByLabel('Password', { exact: true })")).toEqual({ role: 'field', name: 'Password' });
    expect(describe("getByTestId('total-due')")).toBeUndefined();
  });
});
