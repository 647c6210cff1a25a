/**
 * Events, as functions use them: each defined once from its Protobuf message; written to the
 * domain's outbox in the change's own transaction; handled by event functions, each event
 * once. What moves them (relay, triggers, Kafka) is the platform's (shared/platform), so that a
 * function's bundle carries none of it.
 */

export { CLOUD_EVENT_CONTENT_TYPE, cloudEventRequest } from './cloud-event.ts'
export {
  DEFAULT_TOPIC_PARTITIONS,
  deadLetterTopic,
  defineEvent,
  type EventDefinition,
} from './define.ts'
export { decodeEnvelope, type EventEnvelope, encodeEnvelope } from './envelope.ts'
export {
  DEFAULT_CONCURRENCY,
  DEFAULT_RETRY,
  defineEventFunction,
  type EventFunction,
  type EventManifest,
  type ReceivedEvent,
  type RetryPolicy,
} from './function.ts'
export {
  domainOf,
  type EventOrigin,
  eventOrigin,
  type OutboxRecord,
  recordEvent,
} from './outbox.ts'
