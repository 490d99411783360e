import { expect, test } from '../../../tests/support/test';
import { loadGuide } from '../catalog';
import { needsWalk } from './edits';
import { previewPort } from './watch';

const { source } = loadGuide('add-or-remove-hosted-services');
const step = (index: number, change: object) => ({ ...source, steps: source.steps.map((original, at) => (at === index ? { ...original, ...change } : original)) });

test.describe('the preview: which edits need a walk', () => {
  test('words only: rendered from the last walk', () => {
    expect(needsWalk(source, { ...source, title: 'Change your services', summary: 'Shorter.', siteUrl: 'https://portal.example.com/' })).toBe(false);
    expect(needsWalk(source, { ...source, prerequisites: [{ text: 'An account.' }], whatIsNext: [{ guide: 'other' }] })).toBe(false);
    expect(needsWalk(source, step(1, { title: 'Sign in', text: 'Type your **Email address**.', alt: 'The Log In page.' }))).toBe(false);
  });

  test('what the walk uses: walked again', () => {
    expect(needsWalk(source, step(1, { mask: [...source.steps[1]!.mask, 'login.emailAddress'] }))).toBe(true);
    expect(needsWalk(source, step(5, { highlight: 'upgradeDowngrade.continueButton' }))).toBe(true);
    expect(needsWalk(source, step(4, { shows: [] }))).toBe(true);
    expect(needsWalk(source, step(6, { figures: {} }))).toBe(true);
    // Step 8's card form is masked only when the page shows it: dropping that redaction changes the photograph.
    expect(source.steps[7]!.redact.length).toBeGreaterThan(0);
    expect(needsWalk(source, step(7, { redact: [] }))).toBe(true);
    expect(needsWalk(source, step(7, { redact: source.steps[7]!.redact.map((entry) => ({ ...entry, mask: entry.mask.slice(1) })) }))).toBe(true);
    expect(needsWalk(source, step(0, { image: '01-log-in-page.png' }))).toBe(true);
    expect(needsWalk(source, { ...source, example: { ...source.example, newTotal: 4 } })).toBe(true);
    expect(needsWalk(source, { ...source, steps: source.steps.slice(0, 7) })).toBe(true);
  });

  test('GUIDE_PREVIEW_PORT: 4173 unless set, 0 for any free port, anything else refused', () => {
    expect(previewPort(undefined)).toBe(4173);
    expect(previewPort('0')).toBe(0);
    expect(previewPort('4180')).toBe(4180);
    expect(() => previewPort('http')).toThrow('GUIDE_PREVIEW_PORT must be a port number (0 for any free port), got "http"');
  });
});
