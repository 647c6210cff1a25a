/**
 * The platform as tests, scenarios and benchmarks run it: the test run's database server and
 * Kafka broker, the local host signed by the test issuer, the admin runner as a process, and
 * readers of Kafka topics and consumer groups.
 */

export { freePort } from '../db/embedded.ts'
export { type AdminRun, runAdmin, runScript } from './admin.ts'
export {
  createTemplateDatabase,
  type DatabaseServer,
  resolveDatabaseServer,
} from './database-server.ts'
export {
  createTestHost,
  type HostUnderTest,
  ownConsumerGroups,
  sendToHost,
  startHostUnderTest,
} from './host.ts'
export { type KafkaBroker, localKafka, resolveKafkaBroker } from './kafka-broker.ts'
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
export { type PgBouncer, startPgBouncer } from './pgbouncer.ts'
