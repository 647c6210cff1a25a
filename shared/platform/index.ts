/**
 * The platform: what runs functions, as opposed to what functions are made of (the rest of
 * shared/). Function discovery, the local host and its gateway, the event triggers and the
 * outbox relay, migrations and the embedded database, issuer keys, and the generators of
 * kong.yml, compose and OpenAPI. The commands in scripts/ are thin entries into it. Function
 * code never imports it (shared/platform/architecture.test.ts).
 */

export { startEmbeddedPostgres } from './db/embedded.ts'
export {
  applyMigrations,
  loadMigrations,
  type Migration,
  pendingMigrations,
} from './db/migrations.ts'
export { openDatabase } from './db/open.ts'
export {
  type DeadLetter,
  deadLettersInTable,
  deadLettersOnKafka,
  dropDeadLetter,
  parkingOf,
  replayDeadLetters,
} from './events/dead-letters.ts'
export {
  applyRewind,
  consumerGroupOf,
  createInProcessTrigger,
  createKafka,
  createOutboxRelay,
  createTriggerMetrics,
  ensureTopics,
  type InProcessTrigger,
  type OutboxRelay,
  outboxDomains,
  partitionsOf,
  planRewind,
  type RewindTarget,
} from './events/index.ts'
export { StartupError, startOrExit } from './failed-start.ts'
export { generateProtoCode, renderGeneratedFiles } from './generate/index.ts'
export { type KongConfig, type KongPlugin, withIssuerKeys } from './generate/kong.ts'
export { SIZING } from './generate/sizing.ts'
export { HostConfig } from './host/config.ts'
export { createLocalHost, type LocalHost, startLocalHost } from './host/host.ts'
export { createHostLogger } from './host/log.ts'
export { writePrometheusTargets } from './host/prometheus-targets.ts'
export { issuerKeysFor, newIssuerKeys } from './keys.ts'
export {
  dataDir,
  embeddedDatabaseUrlFile,
  findFunctionSources,
  functionsDir,
  loadEventFunctions,
  repoRoot,
} from './registry.ts'
export { listen, serveHost, stopOnSignals } from './serve.ts'
