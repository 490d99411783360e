/**
 * `npm run guide -- --out <dir>` on a deployment: the mock portal started as
 * its own process and reached only through PORTAL_URL, as a writer's real
 * portal would be. The run photographs all eight steps and stops at the
 * moment of paying, so the account keeps its invoices, services and total and
 * the gateway sees nothing; every mask covers its element in the image; the
 * text repeats none of the account's personal data and never names
 * PORTAL_URL; a wrong target fails within seconds, saying what is wrong.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { contosoDental } from '../../fixtures/accounts';
import { MASK_COLOR } from '../../scripts/guide/capture';
import { loadGuide } from '../../scripts/guide/catalog';
import type { MaskedBox } from '../../scripts/guide/redaction';
import { request } from '@playwright/test';
import { tableRows } from '../http/html';
import { readAccountState } from '../support/account-state';
import { PortalClient } from '../support/portal-client';
import { runGuideCommand } from '../support/guide-command';
import { personalDataIn } from '../support/personal-data';
import { expect, test } from '../support/test';

const SLUG = 'add-or-remove-hosted-services';
const { source } = loadGuide(SLUG);
const domain = contosoDental.domains[0].name;
/** A guide run: a child `playwright test`, a browser and eight pages, on a busy 2-core machine. */
const RUN_TIMEOUT_MS = 180_000;
/** The bound for a wrong target, npm's and Playwright's start-up included. */
const FAILS_WITHIN_S = 15;

function deployment(url: string, overrides: Record<string, string> = {}): Record<string, string> {
  return { PORTAL_URL: url, PORTAL_EMAIL: contosoDental.email, PORTAL_PASSWORD: contosoDental.password, PORTAL_DOMAIN: domain, ...overrides };
}

// @mock: each test starts a portal process of its own; a deployment has none to start.
test.describe('a guide photographed on a deployment (PORTAL_URL)', { tag: '@mock' }, () => {
  let out: string;
  test.beforeEach(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'remote-guide-'));
  });
  test.afterEach(() => rmSync(out, { recursive: true, force: true }));

  test('writes the eight images and the guide, pays nothing, and covers every mask', async ({ portalProcess }) => {
    test.setTimeout(RUN_TIMEOUT_MS + 30_000);
    const before = await readAccountState(portalProcess.url, contosoDental, domain);

    const run = await runGuideCommand(['--out', out, SLUG], deployment(portalProcess.url), RUN_TIMEOUT_MS);
    expect(run.code, run.output).toBe(0);

    const written = path.join(out, SLUG);
    expect(readdirSync(path.join(written, 'images')).filter((name) => name.endsWith('.png')).sort()).toEqual(source.steps.map((step) => step.image).sort());
    for (const file of ['README.md', 'guide.html', 'guide.pdf']) expect(existsSync(path.join(written, file)), file).toBe(true);
    // Never paid: the account is as it was, and the gateway was never asked.
    expect(await readAccountState(portalProcess.url, contosoDental, domain), 'invoices, services and monthly total').toEqual(before);
    expect(portalProcess.ledger.charges, 'charges in the gateway ledger').toEqual([]);
    expect(portalProcess.ledger.requestCount, 'requests to the gateway').toBe(0);

    // Every mask lies on its image as a solid box: the log-in email, the top bar's company, the contact's details.
    const walk = run.walks.get(SLUG);
    expect(walk, 'the run\'s walk record').toBeDefined();
    for (const step of source.steps) {
      const boxes = walk!.masks[step.image] ?? [];
      expect(new Set(boxes.map((box) => box.path)), `masks drawn on ${step.image}`).toEqual(new Set(step.mask));
      const image = PNG.sync.read(readFileSync(path.join(written, 'images', step.image)));
      for (const box of boxes) expect(uncoveredPixels(image, box), `${step.image}: pixels of ${box.path} not under the mask`).toBe(0);
    }
    const masked = new Set(Object.values(walk!.masks).flat().map((box) => box.path));
    for (const target of ['login.emailAddress', 'nav.companyName', 'checkout.contactName', 'checkout.contactCompany', 'checkout.contactEmail', 'checkout.contactPhone', 'checkout.contactAddress']) {
      expect(masked, `a mask on ${target}`).toContain(target);
    }

    // The text: the deployment's figures, none of the account's personal data, not the deployment's address.
    const markdown = readFileSync(path.join(written, 'README.md'), 'utf8');
    expect(personalDataIn(markdown, { ...contosoDental.contact, company: '' })).toEqual([]);
    expect(markdown).not.toContain(new URL(portalProcess.url).host);
    expect(markdown).toContain(source.siteUrl);
    expect(markdown).toContain(`in this example\n${domain}`.replace('\n', ' '));
    expect(run.output).toContain(`Images: 0 unchanged, 0 changed, ${source.steps.length} new, 0 removed.`);
  });

  test('a wrong password stops the run within 15 s: "could not log in to PORTAL_URL … as …"', async ({ portalProcess }) => {
    const run = await runGuideCommand(['--out', out, SLUG], deployment(portalProcess.url, { PORTAL_PASSWORD: 'Not-The-Password-1!' }), RUN_TIMEOUT_MS);
    expect(run.code, run.output).not.toBe(0);
    expect(run.output).toContain(`could not log in to PORTAL_URL (${portalProcess.url}) as ${contosoDental.email}`);
    expect(run.seconds, run.output).toBeLessThan(FAILS_WITHIN_S);
    expect(readdirSync(out)).toEqual([]);
    expect(portalProcess.ledger.requestCount).toBe(0);
  });

  test('a guide whose step saves something ends at that step: the contacts guide adds no contact, and its guide has the steps before', async ({ portalProcess }) => {
    test.setTimeout(RUN_TIMEOUT_MS + 30_000);
    const contactsGuide = loadGuide('create-billing-control-panel-contacts').source;
    const saving = contactsGuide.steps.findIndex((step) => step.id === 'contact-details');
    const before = await contactsOf(portalProcess.url);

    const run = await runGuideCommand(['--out', out, 'create-billing-control-panel-contacts'], deployment(portalProcess.url), RUN_TIMEOUT_MS);
    expect(run.code, run.output).toBe(0);

    expect(await contactsOf(portalProcess.url), 'the account\'s contacts').toEqual(before);
    const written = path.join(out, 'create-billing-control-panel-contacts');
    const kept = contactsGuide.steps.slice(0, saving + 1);
    expect(readdirSync(path.join(written, 'images')).filter((name) => name.endsWith('.png')).sort()).toEqual(kept.map((step) => step.image).sort());
    const markdown = readFileSync(path.join(written, 'README.md'), 'utf8');
    expect([...markdown.matchAll(/^### (.+)$/gm)].map((match) => match[1])).toEqual(kept.map((step, index) => `${index + 1}. ${step.title}`));
    expect(run.output).toContain(`steps ${saving + 2}–${contactsGuide.steps.length} left out; step ${saving + 1} "contact-details" would change the account.`);
  });

  test('an unreachable address, another account\'s domain and a service the domain lacks each stop the run within 15 s, saying so', async ({ portalProcess }) => {
    test.setTimeout(4 * FAILS_WITHIN_S * 1000 + 30_000);
    const wrongTargets: [string[], Record<string, string>, string][] = [
      [[], { PORTAL_URL: 'http://127.0.0.1:9' }, 'could not reach PORTAL_URL (http://127.0.0.1:9): the connection was refused'],
      [[], { PORTAL_DOMAIN: 'fabrikam-law.com' }, `PORTAL_DOMAIN fabrikam-law.com is not a domain of ${contosoDental.email} on PORTAL_URL (${portalProcess.url}); its domains are contoso-dental.com, contoso-labs.net, contoso.shop.`],
      [['--service', 'SharePoint site'], {}, `PORTAL_DOMAIN ${domain} has no SharePoint site on PORTAL_URL (${portalProcess.url}); its services are`],
    ];
    for (const [args, overrides, message] of wrongTargets) {
      const run = await runGuideCommand(['--out', out, ...args, SLUG], deployment(portalProcess.url, overrides), RUN_TIMEOUT_MS);
      expect(run.code, run.output).not.toBe(0);
      expect(run.output).toContain(message);
      expect(run.seconds, run.output).toBeLessThan(FAILS_WITHIN_S);
      expect(run.walks.size, 'no guide was walked').toBe(0);
    }
    expect(readdirSync(out)).toEqual([]);
  });

  test('without --out it refuses, and writes nothing', async ({ portalProcess }) => {
    const run = await runGuideCommand([SLUG], deployment(portalProcess.url), RUN_TIMEOUT_MS);
    expect(run.code, run.output).toBe(1);
    expect(run.output).toContain(`PORTAL_URL is set, so this run would photograph ${portalProcess.url}: say where its guide goes with --out <dir>.`);
    expect(run.walks.size).toBe(0);
  });
});

/** Pixels inside the box (one pixel in from each edge, for anti-aliased borders) that are not the mask's colour. */
function uncoveredPixels(image: PNG, box: MaskedBox): number {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(MASK_COLOR.slice(at, at + 2), 16));
  let uncovered = 0;
  for (let y = Math.ceil(box.y) + 1; y < Math.floor(box.y + box.height) - 1 && y < image.height; y++) {
    for (let x = Math.ceil(box.x) + 1; x < Math.floor(box.x + box.width) - 1 && x < image.width; x++) {
      const at = (y * image.width + x) * 4;
      if (image.data[at] !== r || image.data[at + 1] !== g || image.data[at + 2] !== b) uncovered++;
    }
  }
  return uncovered;
}

/** The account's contacts as Billing › Contacts lists them, read over HTTP. */
async function contactsOf(url: string): Promise<string[][]> {
  const context = await request.newContext({ baseURL: url });
  try {
    await new PortalClient(context).logIn(contosoDental);
    return tableRows(await (await context.get('/billing/contacts')).text(), 'Contacts on this account');
  } finally {
    await context.dispose();
  }
}
