import { defineScheduledFunction } from '#shared/schedule'

/**
 * A scheduled function that ticks every second, for the tests that run scheduled-function
 * bundles as their containers do (shared/platform/build/build.test.ts): the real ones tick
 * every few minutes. Its run asks the database something, as a real run would.
 */
export default defineScheduledFunction({
  name: 'test-every-second',
  schedule: '* * * * * *',
  async run({ runtime }) {
    await runtime.sql`select 1`
  },
})
