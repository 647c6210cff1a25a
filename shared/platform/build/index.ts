/**
 * Bundles: each function alone in one minified file (esbuild), and which of them changed
 * between two commits, for the deploy workflow.
 */
export { type BuiltFunction, buildFunction, deployables, distDir } from './bundle.ts'
export { changedFunctions, changedSince } from './changed-functions.ts'
