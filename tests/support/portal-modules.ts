/**
 * The portal (Express, its views, its routes) and the msw gateway, loaded when
 * a fixture first needs them (./test.ts), not when a spec imports the fixtures:
 * the test runner loads every spec only to list its tests, and a unit test
 * needs neither.
 *
 * The catch: Playwright compiles TypeScript in the runner, and its workers
 * reuse what the runner compiled, but a worker never saves what it compiles
 * itself. A module only the workers load was compiled again by every worker
 * of every run: 1.7 s of each worker's time for these two, at the start of
 * every guide run. So the runner compiles them before the workers start
 * (./compile-portal.ts, the config's global setup).
 */
/** The modules the fixtures load lazily, relative to this folder. */
export const LAZY_MODULES = ['../../mock-portal/src/portal', '../../mock-portal/src/gateway/mock-gateway'] as const;

// require, not import(): Playwright's loader would take a dynamic import of a .ts file for an ES module.
export const portalModule = () => require('../../mock-portal/src/portal') as typeof import('../../mock-portal/src/portal');
export const mockGatewayModule = () => require('../../mock-portal/src/gateway/mock-gateway') as typeof import('../../mock-portal/src/gateway/mock-gateway');
