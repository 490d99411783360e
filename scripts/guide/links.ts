/**
 * Every link and image of the generated guides must lead somewhere: a
 * relative link to an existing file, an anchor to a heading of that file
 * (Markdown: GitHub's heading slugs; HTML: element ids). Addresses on the web
 * (the site's own) are only checked for their form: this machine has no
 * internet, and the guide's reader does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { slug } from './render';

export interface Link {
  /** the file holding the link, relative to the guides folder */
  readonly from: string;
  readonly target: string;
}

/** The generated files of a guides folder: its index, and each guide's README.md and guide.html. */
export function generatedPages(root: string): string[] {
  const guides = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const pages = ['README.md', ...guides.flatMap((name) => [`${name}/README.md`, `${name}/guide.html`])];
  return pages.filter((page) => existsSync(path.join(root, page)));
}

export function linksOf(root: string, page: string): Link[] {
  const content = readFileSync(path.join(root, page), 'utf8');
  const targets = page.endsWith('.html')
    ? [...content.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => decodeEntities(match[1]!))
    : [...[...content.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!), ...[...content.matchAll(/<(https?:[^>\s]+)>/g)].map((match) => match[1]!)];
  return targets.map((target) => ({ from: page, target }));
}

/** One sentence per link that leads nowhere; empty when every link resolves. */
export function brokenLinks(root: string, links: readonly Link[]): string[] {
  const anchorsCache = new Map<string, Set<string>>();
  const anchorsOf = (file: string) => {
    let anchors = anchorsCache.get(file);
    if (!anchors) {
      anchors = anchorsIn(file, readFileSync(path.join(root, file), 'utf8'));
      anchorsCache.set(file, anchors);
    }
    return anchors;
  };
  const problems: string[] = [];
  for (const { from, target } of links) {
    if (/^https?:/.test(target)) {
      if (!URL.canParse(target) || !target.startsWith('https://')) problems.push(`${from}: "${target}" is not an https address`);
      continue;
    }
    if (target.includes(':')) {
      problems.push(`${from}: "${target}" is neither a relative link nor an https address`);
      continue;
    }
    const [file, anchor] = target.split('#') as [string, string | undefined];
    const resolved = file === '' ? from : path.posix.normalize(path.posix.join(path.posix.dirname(from), file));
    if (resolved.startsWith('..') || !existsSync(path.join(root, resolved))) {
      problems.push(`${from}: "${target}" leads to no file (${resolved})`);
      continue;
    }
    if (anchor !== undefined && !anchorsOf(resolved).has(anchor)) problems.push(`${from}: "${target}" names no heading of ${resolved} (#${anchor})`);
  }
  return problems;
}

function anchorsIn(file: string, content: string): Set<string> {
  if (file.endsWith('.html')) return new Set([...content.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
  if (file.endsWith('.md')) return new Set([...content.matchAll(/^#{1,6} (.+)$/gm)].map((match) => slug(match[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'))));
  return new Set();
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
