import { configDefaults, defineConfig } from 'vitest/config'

// Dead-letters events of the real topics on purpose, and a local host in Kafka mode handles
// every event on them, also another test's: it runs after the others, with no other host.
const OWN_TOPICS = ['shared/platform/observability.test.ts']
// Stops the local Kafka broker that every other Kafka test shares: it runs alone, last.
const ALONE = ['shared/platform/host/kafka-outage.test.ts']

export default defineConfig({
  test: {
    globalSetup: ['shared/platform/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'tests',
          include: ['functions/**/*.test.ts', 'shared/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...OWN_TOPICS, ...ALONE],
        },
      },
      {
        extends: true,
        test: { name: 'own-topics', include: OWN_TOPICS, sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: { name: 'alone', include: ALONE, sequence: { groupOrder: 2 } },
      },
    ],
  },
})
