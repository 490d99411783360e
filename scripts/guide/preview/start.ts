/**
 * `npm run guide -- --watch [<slug>]`, as scripts/guide/cli.cjs starts it:
 * the command line checked as every `npm run guide` is (../command.ts), then
 * the preview (./watch.ts) until the writer stops it.
 */
import { GuideCommandError, parseGuideCommand } from '../command';
import { startPreview } from './watch';

function previewedSlug(): string {
  const command = parseGuideCommand(process.argv.slice(2));
  if (command.kind !== 'watch') throw new GuideCommandError('start.ts serves `npm run guide -- --watch` only');
  return command.slug;
}

Promise.resolve()
  .then(() => startPreview({ slug: previewedSlug() }))
  .catch((error: Error) => {
    console.error(`\n${error.message}`);
    process.exit(1);
  });
