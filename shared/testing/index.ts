/**
 * Test support: real databases made per test file from a migrated template, and function
 * runtimes whose log lines can be read back. Used by tests only, never by a bundle.
 */

export { freePort } from '../db/embedded.ts'
export {
  createTemplateDatabase,
  createTestDatabase,
  type DatabaseServer,
  databaseUrl,
  resolveDatabaseServer,
  type TestDatabase,
} from './database.ts'
export { jsonRequest, readProblem } from './http.ts'
export { type KafkaBroker, localKafka, resolveKafkaBroker } from './kafka.ts'
export {
  committedPositions,
  deleteGroups,
  type GroupStart,
  readTopics,
  startGroupsAtEnd,
  type TopicPositions,
  type TopicReader,
  type TopicRecord,
  topicPositions,
} from './kafka-topics.ts'
export {
  createTestRuntime,
  LogLines,
  TEST_AUDIENCE,
  TEST_ISSUER,
  type TestRuntime,
  testSigningKey,
} from './runtime.ts'
export { type AppFactory, type FunctionTest, useFunctionTest, useTestDatabase } from './vitest.ts'
export { eventually } from './wait.ts'
