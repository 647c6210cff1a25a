/**
 * What moves events, for the hosts (the local host, the relay and event-function containers,
 * the admin runner): the outbox relay, delivery to event functions as CloudEvents with retries
 * and dead letters, over Kafka or in-process.
 */
export { type DeliveryOutcome, deliver, type Subscriber, subscriberOf } from './delivery.ts'
export { createInProcessTrigger, type InProcessTrigger } from './in-process.ts'
export {
  connectProducer,
  consumerGroupOf,
  createKafka,
  ensureTopics,
  type KafkaTrigger,
  kafkaPublisher,
  partitionsOf,
  startKafkaTrigger,
  type TopicOptions,
} from './kafka.ts'
export { consumerLag, type LagPoller, startLagPoller } from './lag.ts'
export { createTriggerMetrics, type TriggerMetrics } from './metrics.ts'
export { createOutboxRelay, type OutboxRelay, outboxDomains, type Publisher } from './relay.ts'
export {
  applyRewind,
  type PartitionRewind,
  planRewind,
  type RewindPlan,
  type RewindTarget,
} from './rewind.ts'
