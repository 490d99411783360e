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
 *     written with the regression suite's page objects, and optionally `check`
 *     (figures that must agree with each other, on any portal);
 *   - optionally `deployment`: the example as a deployment's account has it,
 *     for a run against a real portal (PORTAL_URL).
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

/** What a run against a deployment takes from its settings (PORTAL_DOMAIN, PORTAL_SERVICE or --service). */
export interface DeploymentExample {
  readonly domain: string;
  /** the service to change, by the name the portal shows; the guide's own when absent */
  readonly service?: string;
}

/** Who signs in, and where. */
export interface WalkTarget {
  readonly email: string;
  readonly password: string;
  /**
   * Set on a real portal (PORTAL_URL), where acting for real would cost: the
   * last step is still checked and photographed at its moment of acting, and
   * the walk stops there; figures are checked against each other (the steps'
   * `check`), not against the mock's expected values; the rendered text must
   * hold none of the personal data the masks covered.
   */
  readonly deployment?: DeploymentExample & { readonly url: string };
}

export interface StepContext<Example extends ExampleBase> {
  readonly pages: PortalPages;
  readonly example: Example;
  readonly target: WalkTarget;
  /** what earlier steps' `check` read, for later steps to compare with (one map per walk) */
  readonly readings: Map<string, unknown>;
}

export interface StepActions<Example extends ExampleBase> {
  arrive(context: StepContext<Example>): Promise<void>;
  /**
   * At the moment of acting, on the mock and on a deployment alike: problems
   * with what the page shows that no single expected value can tell (figures
   * that disagree with each other), one sentence each; none when all agree.
   */
  check?(context: StepContext<Example>): Promise<readonly string[]>;
  act(context: StepContext<Example>): Promise<void>;
  /**
   * Its act changes the account (saves, creates, orders, pays). On a
   * deployment the walk photographs this step at its moment of acting and
   * stops there; the guide written from that run ends with this step.
   */
  readonly commits?: boolean;
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
  /**
   * The example on a deployment: the mock's example with the deployment's own
   * domain (and service) in place. A guide without it cannot run on a deployment.
   */
  deployment?(example: Example, on: DeploymentExample): Example;
}

/** Typing help for an actions module; returns its argument. */
export function defineGuide<Example extends ExampleBase>(actions: GuideActions<Example>): GuideActions<Example> {
  return actions;
}

/** The engine handles every guide alike, whatever its example's type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyGuideActions = GuideActions<any>;
