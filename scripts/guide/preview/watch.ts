/**
 * `npm run guide -- --watch [<slug>]`: a live preview of one guide while its
 * writer edits guide.yaml. It walks the portal once (the guides project,
 * writing into a scratch folder, never into the committed guide), serves the
 * guide's page on 127.0.0.1:$GUIDE_PREVIEW_PORT (default 4173), and on every
 * save:
 *   - a text-only edit re-renders from the last walk's figures and images
 *     (and re-checks its **labels** against the names that walk read), with
 *     no browser run;
 *   - an edit the walk depends on (example, elements, masks, redactions,
 *     figures, images, or the guide's actions.ts) walks the portal again;
 *   - a YAML or validation error is shown on the page, naming the step and
 *     field, and the watcher keeps watching.
 */
import { mkdtempSync, rmSync, watch } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GUIDES_ROOT, IMAGES_DIR, loadGuide, type Guide } from '../catalog';
import { labelDrift } from '../labels';
import { generatedNotice, renderHtml, renderMarkdown, titleOfGuide } from '../render';
import { GuideSourceError, stepLabel } from '../source';
import { runGuidesProject } from '../run-project';
import { WALK_ATTACHMENT, type WalkRecord } from '../walk';
import { escapeHtml, startPreviewServer } from './server';
import { previewSession } from './session';

export const DEFAULT_PREVIEW_PORT = 4173;
/** Editors save in bursts (write, rename, touch); one render per burst. */
const SETTLE_MS = 25;

export async function startPreview({ slug }: { readonly slug: string }): Promise<void> {
  const port = previewPort(process.env.GUIDE_PREVIEW_PORT);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'guide-preview-'));
  const server = await startPreviewServer(port, () => path.join(scratch, slug, IMAGES_DIR));
  console.log(`Preview: ${server.url}`);

  const session = previewSession<Guide, WalkRecord>({
    load: () => loadGuide(slug),
    // A walk is the guides project's run of this guide into the scratch folder; the figures and names come back as
    // the test's attachment. That run reads guide.yaml afresh, so it walks what is saved now: at worst newer than the
    // guide the session compares later edits with, which only costs one more walk.
    async walk() {
      console.log(`Walking the portal for ${slug}…`);
      const run = await runGuidesProject({
        slugs: [slug],
        // The writer sees a failed walk's error at once (the next save walks again); a second walk would only delay it.
        extraArgs: ['--retries=0'],
        env: { GUIDE_OUTPUT_ROOT: scratch },
        resultsDir: path.join(scratch, 'results'),
      });
      const record = run.attachments.get(`${slug}/${WALK_ATTACHMENT}`);
      if (run.exitCode !== 0 || !record) throw new Error(`The walk failed:\n${run.errors.join('\n')}`);
      return JSON.parse(record) as WalkRecord;
    },
    render,
    errorPage(error) {
      console.error(error.message);
      return errorPage(slug, error);
    },
    show: (html) => server.show(html),
  });
  const refresh = async () => {
    const started = performance.now();
    if ((await session.refresh()) !== 'failed') console.log(`Rendered in ${Math.round(performance.now() - started)} ms.`);
  };

  // Refreshes run one after another; one that throws (an error page that cannot be drawn) must not stop the next,
  // the first one included.
  let queue = Promise.resolve();
  const queueRefresh = () => {
    queue = queue.then(refresh).catch((error: unknown) => console.error(error));
  };
  queueRefresh();
  let timer: NodeJS.Timeout | undefined;
  // Every file of a burst counts: "Save all" or a git checkout writes guide.yaml and actions.ts together.
  const saved = new Set<string>();
  watch(path.join(GUIDES_ROOT, slug), (_event, file) => {
    if (file !== 'guide.yaml' && file !== 'actions.ts') return;
    saved.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      // A changed actions module must be read afresh (it is code the validation runs) and walked again (the walk runs it).
      if (saved.has('actions.ts')) {
        delete require.cache[require.resolve(path.join(GUIDES_ROOT, slug, 'actions.ts'))];
        session.actionsSaved();
      }
      saved.clear();
      queueRefresh();
    }, SETTLE_MS);
  });
  const stop = () => {
    rmSync(scratch, { recursive: true, force: true });
    process.exit(0);
  };
  process.once('SIGINT', stop).once('SIGTERM', stop);
}

export function previewPort(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PREVIEW_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`GUIDE_PREVIEW_PORT must be a port number (0 for any free port), got "${value}"`);
  return port;
}

/** The guide as guide.html shows it, with the drift check of the edited text against the last walk's names on top. */
function render(guide: Guide, record: WalkRecord): string {
  const drift = guide.source.steps.flatMap((step, index) => labelDrift(stepLabel(index, step.id), step.text, record.names[step.id] ?? []));
  const notice = generatedNotice(`guides/${guide.slug}/guide.yaml`);
  const html = renderHtml(renderMarkdown(guide.source, record.figures, notice, titleOfGuide), guide.source.title, notice);
  if (drift.length === 0) return html;
  return html.replace('<main class="guide">', `<main class="guide">\n${problemBox('The text and the portal disagree', drift)}`);
}

function errorPage(slug: string, error: Error): string {
  const problems = error instanceof GuideSourceError ? error.problems : [error.message];
  const title = error instanceof GuideSourceError ? `guides/${slug}/guide.yaml has ${problems.length} problem${problems.length === 1 ? '' : 's'}` : 'The preview could not be rendered';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${problemBox(title, problems)}</body></html>`;
}

function problemBox(title: string, problems: readonly string[]): string {
  const items = problems.map((problem) => `<li>${escapeHtml(problem)}</li>`).join('');
  return `<section role="alert" style="font-family: sans-serif; border: 2px solid #d0021b; border-radius: 6px; padding: 0.75rem 1rem; margin: 1rem 0; white-space: pre-wrap;"><strong>${escapeHtml(title)}</strong><ul>${items}</ul></section>`;
}
