/**
 * What the preview does on each save, apart from files, processes and HTTP
 * (./watch.ts wires those in): load the guide as it is now; walk the portal
 * again only when the edit changes what the walk uses, or when the guide's
 * actions.ts was saved; show the page rendered from the last walk; and show
 * an error page instead when loading, walking or rendering fails, ready for
 * the next save.
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
  /** brings the page up to date with the files; resolves once it is shown (or its error is) */
  refresh(): Promise<'walked' | 'rendered' | 'failed'>;
}

export function previewSession<Guide extends { readonly source: GuideSource }, Walked>(work: PreviewWork<Guide, Walked>): PreviewSession {
  let last: { guide: Guide; walked: Walked } | undefined;
  let actionsEdited = false;
  return {
    actionsSaved() {
      actionsEdited = true;
    },
    async refresh() {
      try {
        const guide = work.load();
        const walkDue = !last || actionsEdited || needsWalk(last.guide.source, guide.source);
        if (walkDue) {
          last = { guide, walked: await work.walk(guide) };
          // Only a walk that succeeded clears it: after a failed one, the next save walks again.
          actionsEdited = false;
        }
        work.show(work.render(guide, last!.walked));
        return walkDue ? 'walked' : 'rendered';
      } catch (error) {
        work.show(work.errorPage(error as Error));
        return 'failed';
      }
    },
  };
}
