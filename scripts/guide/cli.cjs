/**
 * `npm run guide`: regenerates every guide under guides/ (README.md,
 * guide.html, guide.pdf, images/) from its guide.yaml and a real run of the
 * mock portal, through the `guides` Playwright project; then says what changed.
 *   npm run guide -- <slug> …    only these guides (folder names under guides/)
 *   npm run guide -- --check     change nothing; fail if any guide differs from
 *                                a fresh run, and say how to open the review
 *   npm run guide -- --watch [<slug>]
 *                                live preview on http://127.0.0.1:$GUIDE_PREVIEW_PORT/
 *                                (default 4173), reloaded when guide.yaml changes
 *   --shard <i/n>, --workers <n>, --retries <n>
 *                                passed on to Playwright (a failed walk is walked
 *                                once more, recording its trace, unless --retries=0)
 *
 * On a deployment (the suite's remote variables):
 *   PORTAL_URL=… PORTAL_EMAIL=… PORTAL_PASSWORD=… PORTAL_DOMAIN=… npm run guide -- --out <dir> [<slug> …]
 *                                photographs that portal into <dir>/<slug>/ (never
 *                                into guides/, which is the mock's), stopping at the
 *                                last step's moment of acting: it never pays
 *   --service <name>             the service to change, as the portal names it,
 *                                when the domain lacks the guide's (or PORTAL_SERVICE)
 */
// Plain CommonJS, with Playwright's runner in this same process, on purpose: the runner loads the TypeScript it
// runs by itself, so a TypeScript entry would start a second TypeScript loader (tsx, 0.35 s of a 10 s regeneration)
// only to start it, and a child process for the runner another Node. The arguments are read, checked and turned into
// the run's settings by playwright.config.ts (./command.ts); ./command-reporter.ts prints what the run did.
const { readFileSync } = require('node:fs');
const path = require('node:path');

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  // The usage is this file's opening comment, so the two cannot disagree.
  console.log(readFileSync(__filename, 'utf8').split('*/')[0].trimEnd().replace(/^\/\*\*?\s?/, '').replace(/^ \* ?/gm, ''));
} else if (args.includes('--watch')) {
  // The preview is a server of its own, which runs the guides project for each walk: TypeScript, through tsx.
  require('tsx/cjs/api').register();
  require(path.join(__dirname, 'preview', 'start.ts'));
} else {
  // ./command.ts's GUIDE_COMMAND_ENV.
  process.env.GUIDE_COMMAND_ARGS = JSON.stringify(args);
  const cli = require.resolve('@playwright/test/cli');
  process.argv = [process.argv[0], cli, 'test'];
  require(cli);
}
