import { ALL_TOPICS } from '#proto'
import { EventConfig } from '#shared/config'
import { createRuntime, databaseAnswers, readinessResponse } from '#shared/http'
import { connectProducer, createKafka, ensureTopics, kafkaPublisher } from '../events/kafka.ts'
import { createOutboxRelay } from '../events/relay.ts'
import { serveUntilStopped } from '../serve.ts'
import { startContainer } from './container.ts'

const NAME = 'outbox-relay'

/**
 * The container entry of the outbox relay: publishes every domain's outbox to Kafka, and
 * serves /healthz, /readyz (the database answers and the relay runs, leading or standing by)
 * and /metrics on PORT, as a function does.
 */
export async function serveOutboxRelay(): Promise<void> {
  const { config, log, sql } = startContainer(EventConfig, NAME)
  const runtime = createRuntime({ sql, log })
  const kafka = createKafka(config.KAFKA_BROKERS, NAME, log)
  await ensureTopics(kafka, ALL_TOPICS)
  const producer = await connectProducer(kafka)
  const relay = createOutboxRelay({
    sql,
    publisher: kafkaPublisher(producer),
    log,
    registry: runtime.metrics.registry,
  })
  relay.start()
  // The probes answer as a function's do, without Hono: the relay has no route of its own.
  const probes = async (request: Request) => {
    switch (new URL(request.url).pathname) {
      case '/healthz':
        return Response.json({ status: 'ok' })
      case '/readyz':
        return readinessResponse({ database: databaseAnswers(sql), relay: relay.running })
      case '/metrics':
        return new Response(await runtime.metrics.registry.metrics(), {
          headers: { 'content-type': runtime.metrics.registry.contentType },
        })
      default:
        return new Response(null, { status: 404 })
    }
  }
  await serveUntilStopped(probes, {
    port: config.PORT,
    log,
    graceMs: config.SHUTDOWN_GRACE_MS,
    onClosed: async () => {
      await relay.stop()
      await producer.disconnect()
      await sql.end({ timeout: 5 })
    },
  })
}
