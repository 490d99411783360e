import { expect, test } from '../../tests/support/test';
import { boldLabels, labelDrift, nameFromAriaSnapshot } from './labels';

test.describe('the bold-label drift check', () => {
  test('bold phrases are read across folded lines', () => {
    expect(boldLabels('Select **Management Actions** at the top, then\n**Upgrade/Downgrade   Options**.')).toEqual(['Management Actions', 'Upgrade/Downgrade Options']);
    expect(boldLabels('No labels here, only {{figures}}.')).toEqual([]);
  });

  test('labels that are the names of the step\'s elements pass', () => {
    const elements = [
      { path: 'upgradeDowngrade.newTotalField(serviceName)', name: 'Hosted Exchange mailbox' },
      { path: 'upgradeDowngrade.continueButton', name: 'Click to Continue' },
    ];
    expect(labelDrift('step 6 "new-totals"', 'Then select **Click to Continue**.', elements)).toEqual([]);
  });

  test('a label the portal no longer shows fails, naming the step and the label', () => {
    const elements = [{ path: 'upgradeDowngrade.continueButton', name: 'Continue' }];
    expect(labelDrift('step 6 "new-totals"', 'Then select **Click to Continue**.', elements)).toEqual([
      'step 6 "new-totals": the text says **Click to Continue** but the portal\'s elements for this step are named "Continue"',
    ]);
  });

  test('labels must match exactly: case and wording count', () => {
    const elements = [{ path: 'login.logInButton', name: 'Log In' }];
    expect(labelDrift('step 2 "log-in"', 'select **Log in**', elements)).toHaveLength(1);
  });

  test('an element missing from the page is reported with its path', () => {
    const elements = [{ path: 'upgradeDowngrade.continueButton', name: undefined, problem: "matches nothing on the page (getByRole('button', { name: 'Click to Continue', exact: true }))" }];
    expect(labelDrift('step 6 "new-totals"', 'select **Click to Continue**', elements)).toEqual([
      "step 6 \"new-totals\": upgradeDowngrade.continueButton matches nothing on the page (getByRole('button', { name: 'Click to Continue', exact: true }))",
      'step 6 "new-totals": the text says **Click to Continue** but the portal\'s elements for this step are named nothing',
    ]);
  });

  test('accessible names are read from the first line of an ARIA snapshot', () => {
    expect(nameFromAriaSnapshot('- button "Click to Continue"')).toBe('Click to Continue');
    expect(nameFromAriaSnapshot('- textbox "Hosted Exchange mailbox": "3"')).toBe('Hosted Exchange mailbox');
    expect(nameFromAriaSnapshot('- region "Contact Information":\n  - heading "Contact Information" [level=2]')).toBe('Contact Information');
    expect(nameFromAriaSnapshot('- link "Say \\"hi\\"":\n  - /url: /x')).toBe('Say "hi"');
    expect(nameFromAriaSnapshot('- paragraph: text')).toBeUndefined();
  });
});
