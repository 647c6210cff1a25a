import { configDefaults, defineConfig } from 'vitest/config'

// Stops the local Kafka broker that every other Kafka test shares: it runs alone, after them.
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
          exclude: [...configDefaults.exclude, ...ALONE],
        },
      },
      {
        extends: true,
        test: { name: 'alone', include: ALONE, sequence: { groupOrder: 1 } },
      },
    ],
  },
})
