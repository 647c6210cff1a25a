/**
 * Events: each defined once from its Protobuf message; written to the domain's outbox in the
 * change's own transaction; published by the relay (to Kafka, or in-process in embedded
 * mode); delivered by a trigger to event functions as binary-mode CloudEvents, each handled
 * once, retried on 5xx, dead-lettered on 4xx or when retries run out.
 */
export { deadLetterTopic, defineEvent, type EventDefinition } from './define.ts'
export { cloudEventRequest, type DeliveryOutcome, deliver, type Subscriber } from './delivery.ts'
export { decodeEnvelope, type EventEnvelope, encodeEnvelope } from './envelope.ts'
export {
  DEFAULT_RETRY,
  defineEventFunction,
  type EventFunction,
  type EventManifest,
  type ReceivedEvent,
  type RetryPolicy,
} from './function.ts'
export { createInProcessTrigger } from './in-process.ts'
export {
  connectProducer,
  createKafka,
  ensureTopics,
  type KafkaTrigger,
  kafkaPublisher,
  startKafkaTrigger,
} from './kafka.ts'
export { createTriggerMetrics, type TriggerMetrics } from './metrics.ts'
export {
  type EventOrigin,
  eventOrigin,
  type OutboxRecord,
  outboxDomains,
  recordEvent,
} from './outbox.ts'
export { createOutboxRelay, type OutboxRelay, type Publisher } from './relay.ts'
