/**
 * The one entry point for every spec: import { test, expect } from here.
 */
import { test as base, expect } from '@playwright/test';

export const test = base;
export { expect };
