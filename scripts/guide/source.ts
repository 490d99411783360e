/** Reads the guide's source (guides/<guide>/guide.yaml). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const GUIDE_DIR = path.join(__dirname, '..', '..', 'guides', 'add-or-remove-hosted-services');
export const GUIDE_SOURCE = path.join(GUIDE_DIR, 'guide.yaml');

export interface GuideStep {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly highlight: string;
  readonly shows?: readonly string[];
  readonly mask?: readonly string[];
  readonly image: string;
}

export interface GuideSource {
  readonly title: string;
  readonly summary: string;
  readonly prerequisites: readonly string[];
  readonly example: Record<string, string | number>;
  readonly steps: readonly GuideStep[];
  readonly whatIsNext: readonly string[];
}

export function loadGuideSource(file = GUIDE_SOURCE): GuideSource {
  return parse(readFileSync(file, 'utf8')) as GuideSource;
}

/** "6. Enter the new totals": a step's heading, as the guide and the test steps both show it. */
export function stepHeadings(source: GuideSource = loadGuideSource()): Record<string, string> {
  return Object.fromEntries(source.steps.map((step, index) => [step.id, `${index + 1}. ${step.title}`]));
}
