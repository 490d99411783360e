/**
 * What a guide brings besides its guide.yaml: `guides/<slug>/actions.ts`
 * default-exports `defineGuide({...})`. The engine knows no guide's step ids,
 * example or figures; each guide declares them here:
 *   - its example's own fields (beyond account, portalNow and timeZone) and
 *     how they resolve against fixtures/;
 *   - the example values a page-object path may pass to a method (domain, …);
 *   - the figures its steps may read, with the value each must show;
 *   - per step id, `arrive` (bring the page to the moment of acting: menu
 *     open, field typed) and `act` (do what the step says, land on the next page),
 *     written with the regression suite's page objects.
 */
import type { AccountFixture } from '../../fixtures/accounts';
import type { PortalPages } from '../../tests/pages';

/** What every guide's example says, whatever the guide is about. */
export interface ExampleBase {
  /** the account the walk signs in as on the mock (fixtures/accounts.ts) */
  readonly account: AccountFixture;
  /** the portal clock's instant (ISO-8601) */
  readonly portalNow: string;
  /** the billing time zone (IANA) */
  readonly timeZone: string;
}

/** Who signs in, and whether the last step's act (placing an order, paying) may run. */
export interface WalkTarget {
  readonly email: string;
  readonly password: string;
  /**
   * false where acting for real would cost (a deployment): the last step is
   * still checked and photographed at its moment of acting, then the walk stops.
   */
  readonly lastActRuns: boolean;
}

export interface StepContext<Example extends ExampleBase> {
  readonly pages: PortalPages;
  readonly example: Example;
  readonly target: WalkTarget;
}

export interface StepActions<Example extends ExampleBase> {
  arrive(context: StepContext<Example>): Promise<void>;
  act(context: StepContext<Example>): Promise<void>;
}

/** How guide.yaml's `example.<field>` is checked before the guide's own `resolve` sees it. */
export type ExampleFieldKind = 'text' | 'count';

export interface GuideActions<Example extends ExampleBase> {
  readonly example: {
    /** the example's own fields, each required */
    readonly fields: Readonly<Record<string, ExampleFieldKind>>;
    /** the example as the steps use it; throws a sentence naming the field when it does not fit the fixtures */
    resolve(base: ExampleBase, fields: Readonly<Record<string, string | number>>): Example;
  };
  /** the values a page-object path may pass to a method, e.g. `myServices.viewDetailsButton(domain)` */
  readonly pathValues: Readonly<Record<string, (example: Example) => string>>;
  readonly figures: {
    /** every figure a step may read ({{name}} in the text) */
    readonly names: readonly string[];
    /** what each figure must show, from the tests' own reading of the rules, never from the portal */
    expected(example: Example): Readonly<Record<string, string>>;
  };
  /** keyed by the step ids of guide.yaml, every one of them */
  readonly steps: Readonly<Record<string, StepActions<Example>>>;
}

/** Typing help for an actions module; returns its argument. */
export function defineGuide<Example extends ExampleBase>(actions: GuideActions<Example>): GuideActions<Example> {
  return actions;
}

/** The engine handles every guide alike, whatever its example's type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyGuideActions = GuideActions<any>;
