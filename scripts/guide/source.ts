/**
 * Reads and validates a guide's source (guides/<slug>/guide.yaml). Every
 * problem is reported at once, each naming the step and the field, so a
 * writer fixes the file in one pass rather than one error per run. What a
 * guide may name (its example's fields, figures, path values, step ids, the
 * other guides) comes from its actions module and the guides folder: the
 * `Vocabulary`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { ExampleFieldKind } from './guide-actions';
import { placeholdersIn } from './figures';
import { describe, parsePath } from './paths';
import { isTimeZone, listItems, mapping, text, unknownKeys, type ListItem } from './source-fields';

export type { ListItem } from './source-fields';

export interface GuideStep {
  readonly id: string;
  readonly title: string;
  /** Markdown; **bold** is a portal label, {{name}} a figure from the run (or {{siteUrl}}) */
  readonly text: string;
  /** the screenshot's alt text; may hold {{figures}} */
  readonly alt: string;
  /** page-object path of the element outlined in the screenshot */
  readonly highlight: string;
  /** other elements the text names, by page-object path */
  readonly shows: readonly string[];
  /** elements covered by a solid box in the screenshot (passwords, personal data); each must be on the page */
  readonly mask: readonly string[];
  /** masks for elements that only some pages show (a card form an account with a stored card never sees) */
  readonly redact: readonly Redaction[];
  /** figure name → page-object path of the element showing it, read at the moment of the screenshot */
  readonly figures: Readonly<Record<string, string>>;
  /** file name under images/, NN-name.png with NN the step's number */
  readonly image: string;
}

/**
 * `redact: [{ when: checkout.newCard, mask: [checkout.cardNumber, checkout.cvc] }]`:
 * when the `when` element is on the page (and, for a radio button or a
 * checkbox, chosen), every `mask` must cover something, or the run fails; the
 * masks cover whatever they match in any case.
 */
export interface Redaction {
  readonly when: string;
  readonly mask: readonly string[];
}

/** The example as written: the engine's fields plus the guide's own (see its actions module). */
export interface ExampleFacts {
  readonly account: string;
  readonly portalNow: string;
  readonly timeZone: string;
  readonly [field: string]: string | number;
}

export interface GuideSource {
  readonly title: string;
  readonly summary: string;
  /** the public address of the account management site, named in the text as {{siteUrl}} */
  readonly siteUrl: string;
  readonly prerequisites: readonly ListItem[];
  readonly example: ExampleFacts;
  readonly steps: readonly GuideStep[];
  readonly whatIsNext: readonly ListItem[];
}

/** What a guide's source may refer to: declared by its actions module and the guides folder. */
export interface Vocabulary {
  readonly exampleFields: Readonly<Record<string, ExampleFieldKind>>;
  readonly pathArguments: readonly string[];
  readonly figureNames: readonly string[];
  /** the step ids the actions module has actions for */
  readonly stepIds: readonly string[];
  /** the other guides' slugs, which a list item may link to */
  readonly guides: readonly string[];
}

export class GuideSourceError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${path.basename(path.dirname(file))}/${path.basename(file)} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'GuideSourceError';
  }
}

/** A placeholder every guide may use: the site's public address, as a link. */
export const SITE_URL_PLACEHOLDER = 'siteUrl';

const TOP_LEVEL = ['title', 'summary', 'siteUrl', 'prerequisites', 'example', 'steps', 'whatIsNext'];
const EXAMPLE_BASE = ['account', 'portalNow', 'timeZone'];
const STEP_FIELDS = ['id', 'title', 'text', 'alt', 'highlight', 'shows', 'mask', 'redact', 'figures', 'image'];
const STEP_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const IMAGE_NAME = /^(\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*\.png$/;

export function readGuideYaml(file: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new GuideSourceError(file, [`not readable YAML: ${(error as Error).message}`]);
  }
}

/** Checks the parsed YAML's shape and cross-references; throws GuideSourceError listing every problem. */
export function validateGuideSource(raw: unknown, file: string, vocabulary: Vocabulary): GuideSource {
  const problems: string[] = [];
  const doc = mapping(raw, 'the file', problems) ?? {};
  unknownKeys(doc, TOP_LEVEL, 'the file', problems);
  text(doc.title, 'title', problems);
  text(doc.summary, 'summary', problems);
  if (typeof doc.siteUrl !== 'string' || !/^https:\/\/[^\s/]+\.[^\s/]+\/\S*$/.test(doc.siteUrl)) {
    problems.push(`siteUrl must be the site's public https address like "https://portal.example.com/", got ${describe(doc.siteUrl)}`);
  }
  const prerequisites = listItems(doc.prerequisites, 'prerequisites', vocabulary.guides, problems);
  const whatIsNext = listItems(doc.whatIsNext, 'whatIsNext', vocabulary.guides, problems);
  const example = validateExample(doc.example, vocabulary, problems);

  const steps = Array.isArray(doc.steps) ? (doc.steps as unknown[]) : [];
  if (!Array.isArray(doc.steps) || steps.length === 0) problems.push(`steps must be a non-empty list, got ${describe(doc.steps)}`);
  const declaredFigures = new Set<string>();
  const seenIds = new Set<string>();
  steps.forEach((rawStep, index) => validateStep(rawStep, index, vocabulary, seenIds, declaredFigures, problems));
  for (const id of vocabulary.stepIds) {
    if (!seenIds.has(id)) problems.push(`actions.ts has actions for a step "${id}" that guide.yaml does not have`);
  }

  for (const field of ['title', 'summary']) {
    const value = doc[field];
    if (typeof value === 'string' && placeholdersIn(value).length > 0) problems.push(`${field}: is quoted in guides/README.md, where no run's figures exist; write it without {{placeholders}}`);
  }
  // Placeholders are checked once every step's figures are known: a figure may be read after the step quoting it.
  const texts: [string, unknown][] = [];
  steps.forEach((rawStep, index) => {
    const step = (rawStep ?? {}) as Record<string, unknown>;
    for (const field of ['title', 'text', 'alt']) texts.push([`${stepLabel(index, step.id)}: "${field}"`, step[field]]);
  });
  for (const [where, value] of texts) {
    if (typeof value !== 'string') continue;
    for (const name of placeholdersIn(value)) {
      if (name !== SITE_URL_PLACEHOLDER && !declaredFigures.has(name)) problems.push(`${where}: {{${name}}} is not read by any step's "figures"`);
    }
  }
  if (problems.length > 0) throw new GuideSourceError(file, problems);
  const source = doc as unknown as GuideSource;
  return {
    ...source,
    prerequisites,
    whatIsNext,
    example: example as ExampleFacts,
    steps: source.steps.map((step) => ({ ...step, shows: step.shows ?? [], mask: step.mask ?? [], redact: step.redact ?? [], figures: step.figures ?? {} })),
  };
}

function validateExample(raw: unknown, vocabulary: Vocabulary, problems: string[]): Record<string, unknown> {
  const example = mapping(raw, 'example', problems) ?? {};
  unknownKeys(example, [...EXAMPLE_BASE, ...Object.keys(vocabulary.exampleFields)], 'example', problems);
  text(example.account, 'example.account', problems);
  if (typeof example.portalNow !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/.test(example.portalNow)) {
    problems.push(`example.portalNow must be an ISO-8601 instant like 2026-11-26T15:00:00Z, got ${describe(example.portalNow)}`);
  }
  if (typeof example.timeZone !== 'string' || !isTimeZone(example.timeZone)) problems.push(`example.timeZone must be an IANA time zone like Europe/London, got ${describe(example.timeZone)}`);
  for (const [field, kind] of Object.entries(vocabulary.exampleFields)) {
    if (kind === 'text') text(example[field], `example.${field}`, problems);
    else if (!Number.isSafeInteger(example[field]) || (example[field] as number) < 0) problems.push(`example.${field} must be a whole number of 0 or more, got ${describe(example[field])}`);
  }
  return example;
}

function validateStep(rawStep: unknown, index: number, vocabulary: Vocabulary, seenIds: Set<string>, declaredFigures: Set<string>, problems: string[]): void {
  const step = mapping(rawStep, `step ${index + 1}`, problems);
  if (!step) return;
  const label = stepLabel(index, step.id);
  unknownKeys(step, STEP_FIELDS, label, problems);
  if (typeof step.id !== 'string' || !STEP_ID.test(step.id)) problems.push(`${label}: "id" must be kebab-case like "new-totals", got ${describe(step.id)}`);
  else if (seenIds.has(step.id)) problems.push(`${label}: "id" repeats an earlier step's id`);
  else {
    seenIds.add(step.id);
    if (!vocabulary.stepIds.includes(step.id)) problems.push(`${label}: actions.ts has no actions (arrive, act) for this step id`);
  }
  for (const field of ['title', 'text', 'alt']) text(step[field], `${label}: "${field}"`, problems);
  const pathField = (value: unknown, where: string) => {
    const parsed = parsePath(value, vocabulary.pathArguments);
    if (typeof parsed === 'string') problems.push(`${where}: ${parsed}`);
  };
  pathField(step.highlight, `${label}: "highlight"`);
  for (const field of ['shows', 'mask']) {
    if (step[field] === undefined) continue;
    if (!Array.isArray(step[field])) problems.push(`${label}: "${field}" must be a list of page-object paths, got ${describe(step[field])}`);
    else (step[field] as unknown[]).forEach((entry, at) => pathField(entry, `${label}: "${field}[${at}]"`));
  }
  if (step.redact !== undefined) {
    if (!Array.isArray(step.redact)) problems.push(`${label}: "redact" must be a list of { when, mask } entries, got ${describe(step.redact)}`);
    else {
      (step.redact as unknown[]).forEach((raw, at) => {
        const where = `${label}: "redact[${at}]"`;
        const entry = mapping(raw, where, problems);
        if (!entry) return;
        unknownKeys(entry, ['when', 'mask'], where, problems);
        pathField(entry.when, `${where}.when`);
        if (!Array.isArray(entry.mask) || entry.mask.length === 0) problems.push(`${where}.mask must be a non-empty list of page-object paths, got ${describe(entry.mask)}`);
        else (entry.mask as unknown[]).forEach((path, index) => pathField(path, `${where}.mask[${index}]`));
      });
    }
  }
  if (step.figures !== undefined) {
    const figures = mapping(step.figures, `${label}: "figures"`, problems) ?? {};
    for (const [name, where] of Object.entries(figures)) {
      if (!vocabulary.figureNames.includes(name)) problems.push(`${label}: "figures.${name}" is not a figure this guide's actions know (${vocabulary.figureNames.join(', ')})`);
      else if (declaredFigures.has(name)) problems.push(`${label}: "figures.${name}" is already read by an earlier step`);
      declaredFigures.add(name);
      pathField(where, `${label}: "figures.${name}"`);
    }
  }
  const image = typeof step.image === 'string' ? IMAGE_NAME.exec(step.image) : null;
  if (!image) problems.push(`${label}: "image" must be a file name like "${String(index + 1).padStart(2, '0')}-log-in.png", got ${describe(step.image)}`);
  else if (Number(image[1]) !== index + 1) problems.push(`${label}: "image" "${step.image}" must start with the step's number ${String(index + 1).padStart(2, '0')}`);
}

/** "6. Enter the new totals": a step's heading, as the guide and the test steps both show it. */
export function stepHeadings(source: Pick<GuideSource, 'steps'>): Record<string, string> {
  return Object.fromEntries(source.steps.map((step, index) => [step.id, `${index + 1}. ${step.title}`]));
}

/** 'step 6 "new-totals"': how every message names a step. */
export function stepLabel(index: number, id: unknown): string {
  return typeof id === 'string' ? `step ${index + 1} "${id}"` : `step ${index + 1}`;
}
