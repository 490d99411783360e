import { expect, test } from '../../../tests/support/test';
import { loadGuide } from '../catalog';
import type { GuideSource } from '../source';
import { previewSession } from './session';

const { source } = loadGuide('add-or-remove-hosted-services');

/** The preview's work with a fake walk: the test edits `current`, and reads what was walked and what was shown. */
function fakePreview() {
  const state = {
    current: source as GuideSource,
    loadError: undefined as Error | undefined,
    walkError: undefined as Error | undefined,
    walks: [] as string[],
    shown: [] as string[],
  };
  const session = previewSession<{ source: GuideSource }, string>({
    load: () => {
      if (state.loadError) throw state.loadError;
      return { source: state.current };
    },
    async walk(guide) {
      if (state.walkError) throw state.walkError;
      state.walks.push(guide.source.title);
      return `figures of walk ${state.walks.length}`;
    },
    render: (guide, walked) => `${guide.source.title} | ${walked}`,
    errorPage: (error) => `error: ${error.message}`,
    show: (html) => state.shown.push(html),
  });
  return { state, session };
}

const withMask = (mask: readonly string[]): GuideSource => ({ ...source, steps: source.steps.map((step, at) => (at === 1 ? { ...step, mask } : step)) });

test.describe('the preview on each save', () => {
  test('the first save walks; a words-only edit is rendered from that walk; an edit of what the walk uses walks again', async () => {
    const { state, session } = fakePreview();
    expect(await session.refresh()).toBe('walked');
    expect(state.shown.at(-1)).toBe(`${source.title} | figures of walk 1`);

    state.current = { ...source, title: 'Change your hosted services' };
    expect(await session.refresh()).toBe('rendered');
    expect(state.shown.at(-1)).toBe('Change your hosted services | figures of walk 1');
    expect(state.walks).toHaveLength(1);

    state.current = withMask([...source.steps[1]!.mask, 'login.emailAddress']);
    expect(await session.refresh()).toBe('walked');
    expect(state.shown.at(-1)).toBe(`${source.title} | figures of walk 2`);
  });

  test('a saved actions.ts walks again though guide.yaml is unchanged, once', async () => {
    const { state, session } = fakePreview();
    await session.refresh();
    session.actionsSaved();
    expect(await session.refresh()).toBe('walked');
    expect(await session.refresh()).toBe('rendered');
    expect(state.walks).toHaveLength(2);
  });

  test('actions.ts saved while a walk runs (which read the module as it was): the next refresh walks again', async () => {
    const { state, session } = fakePreview();
    await session.refresh();
    session.actionsSaved();
    const walkOnce = state.walks.length;
    const walking = session.refresh();
    session.actionsSaved();
    expect(await walking).toBe('walked');
    expect(state.walks).toHaveLength(walkOnce + 1);
    expect(await session.refresh()).toBe('walked');
    expect(await session.refresh()).toBe('rendered');
  });

  test('something thrown that is not an Error still shows as a message', async () => {
    const { state, session } = fakePreview();
    state.loadError = 'actions.ts threw a string' as unknown as Error;
    expect(await session.refresh()).toBe('failed');
    expect(state.shown.at(-1)).toBe('error: actions.ts threw a string');
  });

  test('an error shows on the page and the next save recovers; a failed walk is tried again on the next save', async () => {
    const { state, session } = fakePreview();
    await session.refresh();
    state.loadError = new Error('guide.yaml is not readable YAML');
    expect(await session.refresh()).toBe('failed');
    expect(state.shown.at(-1)).toBe('error: guide.yaml is not readable YAML');

    state.loadError = undefined;
    expect(await session.refresh()).toBe('rendered');

    session.actionsSaved();
    state.walkError = new Error('The walk failed');
    expect(await session.refresh()).toBe('failed');
    expect(state.shown.at(-1)).toBe('error: The walk failed');
    state.walkError = undefined;
    expect(await session.refresh()).toBe('walked');
    expect(state.walks).toHaveLength(2);
  });

  test('a words-only edit after a failed walk of a changed step still walks: the pictures are not yet of that step', async () => {
    const { state, session } = fakePreview();
    await session.refresh();
    state.current = withMask([]);
    state.walkError = new Error('The walk failed');
    expect(await session.refresh()).toBe('failed');
    state.walkError = undefined;
    state.current = { ...withMask([]), summary: 'Shorter.' };
    expect(await session.refresh()).toBe('walked');
  });
});
