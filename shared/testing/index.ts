/**
 * Test support for function tests: a real database per test file, copied from the migrated
 * template the test run made, and function runtimes whose log lines can be read back. Used by
 * tests only, never by a bundle. What runs the mart in tests is the platform's
 * (shared/platform/testing).
 */
export {
  createTestDatabase,
  databaseUrl,
  dropDatabase,
  type TestDatabase,
  withAdmin,
} from './database.ts'
export { jsonRequest, readProblem } from './http.ts'
export {
  createTestRuntime,
  LogLines,
  roleHeaders,
  TEST_AUDIENCE,
  TEST_ISSUER,
  type TestAuthOptions,
  type TestRuntime,
  testSigningKey,
} from './runtime.ts'
export { type AppFactory, type FunctionTest, useFunctionTest, useTestDatabase } from './vitest.ts'
export { eventually } from './wait.ts'
