/**
 * Reads and validates the guide's source (guides/<guide>/guide.yaml). Every
 * problem is reported at once, each naming the step and the field, so a
 * writer fixes the file in one pass rather than one error per run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { FIGURE_NAMES, placeholdersIn, type ExampleFacts } from './figures';
import { describe, parsePath } from './paths';

export const GUIDE_DIR = path.join(__dirname, '..', '..', 'guides', 'add-or-remove-hosted-services');
export const GUIDE_SOURCE = path.join(GUIDE_DIR, 'guide.yaml');

export interface GuideStep {
  readonly id: string;
  readonly title: string;
  /** Markdown; **bold** is a portal label, {{name}} a figure from the run */
  readonly text: string;
  /** the screenshot's alt text; may hold {{figures}} */
  readonly alt: string;
  /** page-object path of the element outlined in the screenshot */
  readonly highlight: string;
  /** other elements the text names, by page-object path */
  readonly shows: readonly string[];
  /** elements blacked out in the screenshot (passwords, card numbers) */
  readonly mask: readonly string[];
  /** figure name → page-object path of the element showing it, read at the moment of the screenshot */
  readonly figures: Readonly<Record<string, string>>;
  /** file name under images/, NN-name.png with NN the step's number */
  readonly image: string;
}

export interface GuideSource {
  readonly title: string;
  readonly summary: string;
  readonly prerequisites: readonly string[];
  readonly example: ExampleFacts;
  readonly steps: readonly GuideStep[];
  readonly whatIsNext: readonly string[];
}

export class GuideSourceError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${path.basename(file)} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'GuideSourceError';
  }
}

const TOP_LEVEL = ['title', 'summary', 'prerequisites', 'example', 'steps', 'whatIsNext'];
const EXAMPLE_FIELDS = ['account', 'domain', 'service', 'newTotal', 'portalNow', 'timeZone'];
const STEP_FIELDS = ['id', 'title', 'text', 'alt', 'highlight', 'shows', 'mask', 'figures', 'image'];
const STEP_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const IMAGE_NAME = /^(\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*\.png$/;

export function loadGuideSource(file = GUIDE_SOURCE): GuideSource {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new GuideSourceError(file, [`not readable YAML: ${(error as Error).message}`]);
  }
  return validateGuideSource(raw, file);
}

/** Checks the parsed YAML's shape and cross-references; throws GuideSourceError listing every problem. */
export function validateGuideSource(raw: unknown, file = GUIDE_SOURCE): GuideSource {
  const problems: string[] = [];
  const doc = mapping(raw, 'the file', problems) ?? {};
  unknownKeys(doc, TOP_LEVEL, 'the file', problems);
  text(doc.title, 'title', problems);
  text(doc.summary, 'summary', problems);
  textList(doc.prerequisites, 'prerequisites', problems);
  textList(doc.whatIsNext, 'whatIsNext', problems);

  const example = mapping(doc.example, 'example', problems) ?? {};
  unknownKeys(example, EXAMPLE_FIELDS, 'example', problems);
  for (const field of ['account', 'domain', 'service', 'timeZone']) text(example[field], `example.${field}`, problems);
  if (!Number.isSafeInteger(example.newTotal) || (example.newTotal as number) < 0) {
    problems.push(`example.newTotal must be a whole number of 0 or more, got ${describe(example.newTotal)}`);
  }
  if (typeof example.portalNow !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/.test(example.portalNow)) {
    problems.push(`example.portalNow must be an ISO-8601 instant like 2026-11-26T15:00:00Z, got ${describe(example.portalNow)}`);
  }
  if (typeof example.timeZone === 'string' && !isTimeZone(example.timeZone)) problems.push(`example.timeZone: "${example.timeZone}" is not an IANA time zone`);

  const steps = Array.isArray(doc.steps) ? (doc.steps as unknown[]) : [];
  if (!Array.isArray(doc.steps) || steps.length === 0) problems.push(`steps must be a non-empty list, got ${describe(doc.steps)}`);
  const seenIds = new Set<string>();
  const declaredFigures = new Set<string>();
  steps.forEach((rawStep, index) => {
    const step = mapping(rawStep, `step ${index + 1}`, problems);
    if (!step) return;
    const label = stepLabel(index, step.id);
    unknownKeys(step, STEP_FIELDS, label, problems);
    if (typeof step.id !== 'string' || !STEP_ID.test(step.id)) problems.push(`${label}: "id" must be kebab-case like "new-totals", got ${describe(step.id)}`);
    else if (seenIds.has(step.id)) problems.push(`${label}: "id" repeats an earlier step's id`);
    else seenIds.add(step.id);
    for (const field of ['title', 'text', 'alt']) text(step[field], `${label}: "${field}"`, problems);
    pathField(step.highlight, `${label}: "highlight"`, problems);
    for (const field of ['shows', 'mask']) {
      if (step[field] === undefined) continue;
      if (!Array.isArray(step[field])) problems.push(`${label}: "${field}" must be a list of page-object paths, got ${describe(step[field])}`);
      else (step[field] as unknown[]).forEach((entry, at) => pathField(entry, `${label}: "${field}[${at}]"`, problems));
    }
    if (step.figures !== undefined) {
      const figures = mapping(step.figures, `${label}: "figures"`, problems) ?? {};
      for (const [name, where] of Object.entries(figures)) {
        if (!(FIGURE_NAMES as readonly string[]).includes(name)) problems.push(`${label}: "figures.${name}" is not a figure the billing oracle knows (${FIGURE_NAMES.join(', ')})`);
        else if (declaredFigures.has(name)) problems.push(`${label}: "figures.${name}" is already read by an earlier step`);
        declaredFigures.add(name);
        pathField(where, `${label}: "figures.${name}"`, problems);
      }
    }
    const image = typeof step.image === 'string' ? IMAGE_NAME.exec(step.image) : null;
    if (!image) problems.push(`${label}: "image" must be a file name like "${String(index + 1).padStart(2, '0')}-log-in.png", got ${describe(step.image)}`);
    else if (Number(image[1]) !== index + 1) problems.push(`${label}: "image" "${step.image}" must start with the step's number ${String(index + 1).padStart(2, '0')}`);
  });

  // Placeholders are checked once every step's figures are known: a figure may be read after the step quoting it.
  const texts: [string, unknown][] = [['title', doc.title], ['summary', doc.summary]];
  steps.forEach((rawStep, index) => {
    const step = (rawStep ?? {}) as Record<string, unknown>;
    for (const field of ['title', 'text', 'alt']) texts.push([`${stepLabel(index, step.id)}: "${field}"`, step[field]]);
  });
  for (const [where, value] of texts) {
    if (typeof value !== 'string') continue;
    for (const name of placeholdersIn(value)) {
      if (!declaredFigures.has(name)) problems.push(`${where}: {{${name}}} is not read by any step's "figures"`);
    }
  }
  if (problems.length > 0) throw new GuideSourceError(file, problems);
  const source = doc as unknown as GuideSource;
  return {
    ...source,
    steps: source.steps.map((step) => ({ ...step, shows: step.shows ?? [], mask: step.mask ?? [], figures: step.figures ?? {} })),
  };
}

/** "6. Enter the new totals": a step's heading, as the guide and the test steps both show it. */
export function stepHeadings(source: GuideSource = loadGuideSource()): Record<string, string> {
  return Object.fromEntries(source.steps.map((step, index) => [step.id, `${index + 1}. ${step.title}`]));
}

/** 'step 6 "new-totals"': how every message names a step. */
export function stepLabel(index: number, id: unknown): string {
  return typeof id === 'string' ? `step ${index + 1} "${id}"` : `step ${index + 1}`;
}

function mapping(value: unknown, where: string, problems: string[]): Record<string, unknown> | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  problems.push(`${where} must be a mapping, got ${describe(value)}`);
  return undefined;
}

function unknownKeys(value: Record<string, unknown>, known: readonly string[], where: string, problems: string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) problems.push(`${where}: unknown field "${key}" (known: ${known.join(', ')})`);
  }
}

function text(value: unknown, where: string, problems: string[]): void {
  if (typeof value !== 'string' || value.trim() === '') problems.push(`${where} must be non-empty text, got ${describe(value)}`);
}

function textList(value: unknown, where: string, problems: string[]): void {
  if (!Array.isArray(value) || value.length === 0) problems.push(`${where} must be a non-empty list of text, got ${describe(value)}`);
  else value.forEach((entry, index) => text(entry, `${where}[${index}]`, problems));
}

function pathField(value: unknown, where: string, problems: string[]): void {
  const parsed = parsePath(value);
  if (typeof parsed === 'string') problems.push(`${where}: ${parsed}`);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
