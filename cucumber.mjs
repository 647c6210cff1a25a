/**
 * Cucumber: the user stories in features/, run through the local gateway over real HTTP.
 * features/support/typescript.mjs is imported first and registers tsx, so the TypeScript
 * step definitions after it load as they are, with no build step and no NODE_OPTIONS.
 */
export default {
  paths: ['features/**/*.feature'],
  import: ['features/support/typescript.mjs', 'features/support/**/*.ts', 'features/steps/**/*.ts'],
  format: ['progress'],
  strict: true,
  failFast: false,
  forceExit: true,
}
