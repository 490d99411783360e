// Runs before `npm test` and `npm run guide` (npm's pre-scripts), so a fresh
// clone needs no other command: installs dependencies when they are missing
// or older than the lock file, and makes sure Playwright has a Chromium.
// Plain CommonJS on purpose: it must run before tsx is installed.
const { execSync, spawnSync } = require('node:child_process');
const { existsSync, statSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const installed = path.join(root, 'node_modules', '.package-lock.json');
const lock = path.join(root, 'package-lock.json');

if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  console.log('Installing dependencies (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}

// tsx as a loader in this one child process (its CLI would start a second): this runs before every command.
const findBrowser = () => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/find-browser.ts'], { cwd: root, encoding: 'utf8' });
let found = findBrowser();
if (found.status !== 0) {
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    // Unit and HTTP tests still run; browser tests will fail with this message too.
    console.error(found.stderr);
    process.exit(0);
  }
  console.log("No Chromium found: installing Debian's chromium package…");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation fonts-dejavu-core fonts-dejavu-extra', { stdio: 'inherit' });
  // The browser tests run on the headless shell when there is one (tests/support/browser.ts); without it, on chromium.
  spawnSync('apt-get', ['install', '-y', '-qq', 'chromium-headless-shell'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  found = findBrowser();
  if (found.status !== 0) {
    console.error(found.stderr);
    process.exit(1);
  }
}
