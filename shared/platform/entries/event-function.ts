import { EventConfig } from '#shared/config'
import type { EventFunction } from '#shared/events'
import { createRuntime, databaseAnswers } from '#shared/http'
import { subscriberOf } from '../events/delivery.ts'
import {
  connectProducer,
  consumerGroupOf,
  createKafka,
  ensureTopics,
  startKafkaTrigger,
} from '../events/kafka.ts'
import { startLagPoller } from '../events/lag.ts'
import { createTriggerMetrics } from '../events/metrics.ts'
import { serveUntilStopped } from '../serve.ts'
import { recordStartToReady } from '../startup.ts'
import { startContainer } from './container.ts'

/**
 * The container entry of an event function: its Kafka trigger feeds the app in-process, and
 * the app's /healthz, /readyz (ready once the consumer group is joined) and /metrics are
 * served on PORT. SIGTERM leaves the group (finishing the record in hand) and closes the pool.
 */
export async function serveEventFunction(fn: EventFunction): Promise<void> {
  const { name, topic } = fn.manifest
  const { config, log, sql } = startContainer(EventConfig, name)
  const runtime = createRuntime({ sql, log })
  const kafka = createKafka(config.KAFKA_BROKERS, name, log)
  await ensureTopics(kafka, [topic], { retentionMs: config.KAFKA_TOPIC_RETENTION_MS })
  const producer = await connectProducer(kafka)
  let triggerReady = () => false
  const app = fn.createApp(runtime, () => triggerReady())
  const metrics = createTriggerMetrics(runtime.metrics.registry)
  const trigger = await startKafkaTrigger({
    kafka,
    producer,
    sql,
    subscriber: subscriberOf(fn, app),
    topic,
    log,
    metrics,
  })
  triggerReady = trigger.ready
  const lag = startLagPoller({
    kafka,
    fn: name,
    groupId: consumerGroupOf(name),
    topic,
    metrics,
    log,
  })
  await serveUntilStopped((request) => app.fetch(request), {
    port: config.PORT,
    log,
    graceMs: config.SHUTDOWN_GRACE_MS,
    onClosed: async () => {
      await lag.stop()
      await trigger.stop()
      await producer.disconnect()
      await sql.end({ timeout: 5 })
    },
  })
  recordStartToReady(runtime.metrics.registry, {
    database: databaseAnswers(sql),
    trigger: trigger.ready,
  })
}
