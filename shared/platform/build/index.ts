/**
 * Bundles: each function alone in one minified file (esbuild), and what a deploy between two
 * commits rolls and removes, for the deploy workflow.
 */
export { type BuiltFunction, buildFunction, deployables, distDir } from './bundle.ts'
export { deployPlanSince } from './changed-functions.ts'
