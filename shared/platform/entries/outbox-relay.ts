import { ALL_TOPICS } from '#proto'
import { EventConfig } from '#shared/config'
import { createRuntime } from '#shared/http'
import { connectProducer, createKafka, ensureTopics, kafkaPublisher } from '../events/kafka.ts'
import { createOutboxRelay } from '../events/relay.ts'
import { serveProbesUntilStopped, startContainer } from './container.ts'

const NAME = 'outbox-relay'

/**
 * The container entry of the outbox relay: publishes every domain's outbox to Kafka, and
 * serves /healthz, /readyz (the database answers and the relay runs, leading or standing by)
 * and /metrics on PORT, as a function does.
 */
export async function serveOutboxRelay(): Promise<void> {
  const container = startContainer(EventConfig, NAME)
  const { config, log, sql } = container
  const runtime = createRuntime({ sql, log })
  const kafka = createKafka(config.KAFKA_BROKERS, NAME, log)
  await ensureTopics(kafka, ALL_TOPICS, { retentionMs: config.KAFKA_TOPIC_RETENTION_MS })
  const producer = await connectProducer(kafka)
  const relay = createOutboxRelay({
    sql,
    publisher: kafkaPublisher(producer),
    log,
    registry: runtime.metrics.registry,
  })
  relay.start()
  await serveProbesUntilStopped(
    container,
    runtime.metrics.registry,
    { relay: relay.running },
    async () => {
      await relay.stop()
      await producer.disconnect()
    },
  )
}
