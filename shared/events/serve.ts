import { EventConfig, readConfig } from '../config/index.ts'
import { createSql } from '../db/index.ts'
import { createAuthRuntime, type FunctionRuntime } from '../http/index.ts'
import { listenUntilStopped } from '../http/serve.ts'
import { createLogger, createMetrics } from '../observability/index.ts'
import type { EventFunction } from './function.ts'
import {
  connectProducer,
  createKafka,
  ensureTopics,
  kafkaPublisher,
  startKafkaTrigger,
} from './kafka.ts'
import { createTriggerMetrics } from './metrics.ts'
import { createOutboxRelay } from './relay.ts'

function baseRuntime(name: string): { config: EventConfig; runtime: FunctionRuntime } {
  const config = readConfig(EventConfig)
  const log = createLogger({ level: config.LOG_LEVEL }).child({ fn: name })
  const runtime: FunctionRuntime = {
    sql: createSql(config.DATABASE_URL, { max: config.DATABASE_POOL_MAX }),
    log,
    metrics: createMetrics(),
    // Event functions take no bearer tokens: an auth runtime that trusts no key.
    auth: createAuthRuntime({
      issuer: '',
      audience: '',
      jwks: { keys: [] },
      signingKey: undefined,
    }),
  }
  return { config, runtime }
}

/**
 * Runs one event function as its own container: its Kafka trigger feeds the app in-process,
 * and the app's /healthz, /readyz (ready once the consumer group is joined) and /metrics are
 * served on PORT. SIGTERM leaves the group (finishing the record in hand) and closes the pool.
 */
export async function serveEventFunction(fn: EventFunction): Promise<void> {
  const { config, runtime } = baseRuntime(fn.manifest.name)
  const kafka = createKafka(config.KAFKA_BROKERS, fn.manifest.name, runtime.log)
  await ensureTopics(kafka, [fn.manifest.topic])
  const producer = await connectProducer(kafka)
  let ready = () => false
  const app = fn.createApp(runtime, () => ready())
  const trigger = await startKafkaTrigger({
    kafka,
    producer,
    subscriber: { name: fn.manifest.name, retry: fn.manifest.retry, app },
    topic: fn.manifest.topic,
    log: runtime.log,
    metrics: createTriggerMetrics(runtime.metrics.registry),
  })
  ready = trigger.ready
  listenUntilStopped(app, {
    port: config.PORT,
    log: runtime.log,
    graceMs: config.SHUTDOWN_GRACE_MS,
    onClosed: async () => {
      await trigger.stop()
      await producer.disconnect()
      await runtime.sql.end({ timeout: 5 })
    },
  })
}

/** Runs the outbox relay as its own container, publishing every domain's outbox to Kafka. */
export async function serveOutboxRelay(topics: string[]): Promise<void> {
  const { config, runtime } = baseRuntime('outbox-relay')
  const kafka = createKafka(config.KAFKA_BROKERS, 'outbox-relay', runtime.log)
  await ensureTopics(kafka, topics)
  const producer = await connectProducer(kafka)
  const relay = createOutboxRelay({
    sql: runtime.sql,
    publisher: kafkaPublisher(producer),
    log: runtime.log,
    registry: runtime.metrics.registry,
  })
  relay.start()
  const probes = {
    fetch: async (request: Request) => {
      const { pathname } = new URL(request.url)
      if (pathname === '/metrics') {
        return new Response(await runtime.metrics.registry.metrics(), {
          headers: { 'content-type': runtime.metrics.registry.contentType },
        })
      }
      if (pathname === '/healthz' || pathname === '/readyz') return Response.json({ status: 'ok' })
      return new Response(null, { status: 404 })
    },
  }
  listenUntilStopped(probes, {
    port: config.PORT,
    log: runtime.log,
    graceMs: config.SHUTDOWN_GRACE_MS,
    onClosed: async () => {
      await relay.stop()
      await producer.disconnect()
      await runtime.sql.end({ timeout: 5 })
    },
  })
}
