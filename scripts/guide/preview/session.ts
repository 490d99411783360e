/**
 * What the preview does on each save, apart from files, processes and HTTP
 * (./watch.ts wires those in): load the guide as it is now; walk the portal
 * again only when the edit changes what the walk uses, or when the guide's
 * actions.ts was saved since the code the last walk ran; show the page
 * rendered from the last walk; and show an error page instead when loading,
 * walking or rendering fails, ready for the next save.
 */
import { needsWalk } from './edits';
import type { GuideSource } from '../source';

export interface PreviewWork<Guide extends { readonly source: GuideSource }, Walked> {
  /** reads and validates the guide's source and actions; throws what is wrong with them */
  load(): Guide;
  walk(guide: Guide): Promise<Walked>;
  render(guide: Guide, walked: Walked): string;
  errorPage(error: Error): string;
  /** serves this page and reloads every open one */
  show(html: string): void;
}

export interface PreviewSession {
  /** the guide's actions.ts was saved: the next refresh walks whatever the edit */
  actionsSaved(): void;
  /** brings the page up to date with the files; resolves once it is shown (or its error is), never rejects */
  refresh(): Promise<'walked' | 'rendered' | 'failed'>;
}

export function previewSession<Guide extends { readonly source: GuideSource }, Walked>(work: PreviewWork<Guide, Walked>): PreviewSession {
  let last: { guide: Guide; walked: Walked } | undefined;
  // Saves of actions.ts are counted, and a walk remembers the count it started from: a save made while a walk runs
  // (which reads the module as it was) still walks again afterwards.
  let actionsSaves = 0;
  let actionsSavesWalked = 0;
  return {
    actionsSaved() {
      actionsSaves += 1;
    },
    async refresh() {
      try {
        const guide = work.load();
        const walkDue = !last || actionsSaves !== actionsSavesWalked || needsWalk(last.guide.source, guide.source);
        if (walkDue) {
          const savesSeen = actionsSaves;
          last = { guide, walked: await work.walk(guide) };
          // Only a walk that succeeded counts: after a failed one, the next save walks again.
          actionsSavesWalked = savesSeen;
        }
        work.show(work.render(guide, last!.walked));
        return walkDue ? 'walked' : 'rendered';
      } catch (error) {
        // An actions module may throw anything; the page needs a message.
        work.show(work.errorPage(error instanceof Error ? error : new Error(String(error))));
        return 'failed';
      }
    },
  };
}
