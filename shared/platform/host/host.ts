/**
 * The local host: every HTTP function mounted in one process behind the local gateway, which
 * applies kong/kong.yml, with the event functions behind their triggers and the scheduled
 * functions on their schedules. `npm start` serves it; the BDD scenarios and benchmarks
 * drive it.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'
import { ALL_TOPICS } from '#proto'
import type { PublicJwks, SigningKey } from '#shared/auth'
import { DEFAULT_TOPIC_RETENTION_MS } from '#shared/config'
import type { Sql } from '#shared/db'
import type { EventFunction, RetryPolicy } from '#shared/events'
import {
  createRuntime,
  databaseAnswers,
  type FunctionRuntime,
  type HttpManifest,
  readinessResponse,
} from '#shared/http'
import type { Logger } from '#shared/observability'
import {
  connectProducer,
  consumerGroupOf,
  createInProcessTrigger,
  createKafka,
  createOutboxRelay,
  createTriggerMetrics,
  ensureTopics,
  type KafkaTrigger,
  kafkaPublisher,
  type LagPoller,
  type Subscriber,
  startKafkaTrigger,
  startLagPoller,
  subscriberOf,
} from '../events/index.ts'
import {
  createGateway,
  EVERY_ANSWER_HEADERS,
  type Upstream,
  withHeaders,
} from '../gateway/gateway.ts'
import { currentKongConfig, type KongConfig, withIssuerKeys } from '../generate/kong.ts'
import { openApiDocument } from '../generate/openapi.ts'
import { issuerKeysFor } from '../keys.ts'
import {
  dataDir,
  loadEventFunctions,
  loadHttpFunctions,
  loadScheduledFunctions,
  repoRoot,
} from '../registry.ts'
import { createScheduleMetrics, type Scheduler, startScheduler } from '../schedule/index.ts'
import { recordStartToReady } from '../startup.ts'
import type { HostConfig } from './config.ts'

export interface LocalHostOptions {
  sql: Sql
  log: Logger
  issuer: string
  audience: string
  signingKey: SigningKey
  jwks: PublicJwks
  /** Changes to kong/kong.yml before it is applied, e.g. higher limits for a load test. */
  adjustKongConfig?: (config: KongConfig) => KongConfig
  /** The clock of the gateway (rate-limit windows, token expiry) and of tokens; tests move it. */
  now?: () => number
  /** AUTH_REFRESH_REUSE_SECONDS and AUTH_TOKEN_CACHE_SIZE (see AuthSettings). */
  refreshReuseSeconds?: number | undefined
  tokenCacheSize?: number | undefined
  /** Real Kafka when given; else events go from the outbox straight to the event functions. */
  kafkaBrokers?: string[] | undefined
  /** Overrides the event functions' retry policies, e.g. short delays in tests. */
  retry?: Partial<RetryPolicy>
  /**
   * Prefixes the triggers' consumer groups (`<prefix>fn.<name>`). Hosts that share a broker but
   * not a database (tests, benchmarks) would otherwise split each other's records between them,
   * handling one database's events into another.
   */
  kafkaGroupPrefix?: string | undefined
  /** `retention.ms` of the topics the host creates (KAFKA_TOPIC_RETENTION_MS). */
  topicRetentionMs?: number | undefined
}

export interface LocalHost {
  fetch(request: Request, clientIp?: string): Promise<Response>
  /** Stops the schedules, the relay and the triggers (the pool stays the caller's). */
  close(): Promise<void>
  runtime: FunctionRuntime
  /** The function apps by name, to call one directly (benchmarks compare both paths). */
  apps: Map<string, Upstream>
}

export async function createLocalHost(options: LocalHostOptions): Promise<LocalHost> {
  const runtime = createRuntime({
    sql: options.sql,
    log: options.log,
    auth: {
      issuer: options.issuer,
      audience: options.audience,
      jwks: options.jwks,
      signingKey: options.signingKey,
      refreshReuseSeconds: options.refreshReuseSeconds,
      tokenCacheSize: options.tokenCacheSize,
      now: options.now,
    },
  })
  const functions = await loadHttpFunctions()
  const apps = new Map<string, Upstream>()
  for (const { name, fn } of functions) apps.set(name, fn.createApp(runtime))
  const kong = await committedKongConfig(functions.map(({ fn }) => fn.manifest))
  const events = await startEvents(options, runtime)
  const schedules = await startSchedules(runtime)
  const adjust = options.adjustKongConfig ?? ((config: KongConfig) => config)
  const gateway = createGateway(adjust(withIssuerKeys(kong, options.jwks)), {
    upstreams: apps,
    registry: runtime.metrics.registry,
    ...(options.now ? { now: options.now } : {}),
  })
  const openApi = JSON.stringify(openApiDocument(functions.map(({ fn }) => fn)))
  const docs = await docsAssets()
  const readiness = {
    database: databaseAnswers(runtime.sql),
    triggers: events.ready,
    schedules: schedules.running,
  }
  const startToReady = recordStartToReady(runtime.metrics.registry, readiness)

  return {
    runtime,
    apps,
    async close() {
      startToReady.stop()
      await schedules.stop()
      await events.close()
    },
    async fetch(request, clientIp) {
      const own = request.method === 'GET' ? await hostAnswer(request) : undefined
      return own ? withHeaders(own, EVERY_ANSWER_HEADERS) : gateway.fetch(request, clientIp)
    },
  }

  /** What the host answers itself, beside the functions: probes, metrics and the API docs. */
  async function hostAnswer(request: Request): Promise<Response | undefined> {
    const { pathname } = new URL(request.url)
    switch (pathname) {
      case '/healthz':
        return Response.json({ status: 'ok' })
      case '/readyz':
        return readinessResponse(readiness)
      case '/metrics':
        return new Response(await runtime.metrics.registry.metrics(), {
          headers: { 'content-type': runtime.metrics.registry.contentType },
        })
      case '/openapi.json':
        return new Response(openApi, { headers: { 'content-type': 'application/json' } })
    }
    return docs.get(pathname)?.clone()
  }
}

/** kong/kong.yml as committed, once it is known to say what the manifests say. */
async function committedKongConfig(manifests: HttpManifest[]): Promise<KongConfig> {
  const committed = parse(await readFile(join(repoRoot, 'kong', 'kong.yml'), 'utf8')) as unknown
  return currentKongConfig(committed, manifests)
}

const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Imtiaz Mart API</title>
  <link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
  <div id="docs"></div>
  <script src="/docs/swagger-ui-bundle.js"></script>
  <script src="/docs/start.js"></script>
</body>
</html>
`
const DOCS_START = "SwaggerUIBundle({ url: '/openapi.json', dom_id: '#docs' })\n"

/** Swagger UI from its npm package, so the docs work offline. */
async function docsAssets(): Promise<Map<string, Response>> {
  const dir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))
  const file = async (name: string, type: string) =>
    [`/docs/${name}`, { body: await readFile(join(dir, name)), type }] as const
  const assets = new Map([
    ['/docs', { body: Buffer.from(DOCS_PAGE), type: 'text/html; charset=utf-8' }],
    ['/docs/start.js', { body: Buffer.from(DOCS_START), type: 'text/javascript' }],
    await file('swagger-ui.css', 'text/css'),
    await file('swagger-ui-bundle.js', 'text/javascript'),
  ])
  return new Map(
    [...assets].map(([path, { body, type }]) => [
      path,
      new Response(body, { headers: { 'content-type': type } }),
    ]),
  )
}

interface RunningEvents {
  ready(): boolean
  close(): Promise<void>
}

/**
 * Every event function behind its trigger, and the outbox relay: with Kafka when brokers are
 * given (one consumer group per function), else in-process with the same delivery rules.
 */
async function startEvents(
  options: LocalHostOptions,
  runtime: FunctionRuntime,
): Promise<RunningEvents> {
  const metrics = createTriggerMetrics(runtime.metrics.registry)
  const functions = await loadEventFunctions()
  const subscriber = (fn: EventFunction) => subscriberOf(fn, fn.createApp(runtime), options.retry)
  const relayOptions = { sql: runtime.sql, log: runtime.log, registry: runtime.metrics.registry }

  if (!options.kafkaBrokers) {
    const subscribers = new Map<string, Subscriber[]>()
    for (const { fn } of functions) {
      subscribers.set(fn.manifest.topic, [
        ...(subscribers.get(fn.manifest.topic) ?? []),
        subscriber(fn),
      ])
    }
    const publisher = await createInProcessTrigger({
      sql: runtime.sql,
      log: runtime.log,
      metrics,
      subscribers,
    })
    const relay = createOutboxRelay({ ...relayOptions, publisher })
    relay.start()
    return {
      ready: () => true,
      async close() {
        await relay.stop()
        await publisher.stop()
      },
    }
  }

  const kafka = createKafka(options.kafkaBrokers, 'mart-local-host', runtime.log)
  await ensureTopics(kafka, ALL_TOPICS, {
    retentionMs: options.topicRetentionMs ?? DEFAULT_TOPIC_RETENTION_MS,
  })
  const producer = await connectProducer(kafka)
  const triggers: KafkaTrigger[] = []
  const lagPollers: LagPoller[] = []
  for (const { fn } of functions) {
    const { name, topic } = fn.manifest
    const groupId = consumerGroupOf(name, options.kafkaGroupPrefix)
    lagPollers.push(startLagPoller({ kafka, fn: name, groupId, topic, metrics, log: runtime.log }))
    triggers.push(
      await startKafkaTrigger({
        kafka,
        producer,
        sql: runtime.sql,
        subscriber: subscriber(fn),
        topic: fn.manifest.topic,
        groupPrefix: options.kafkaGroupPrefix,
        log: runtime.log,
        metrics,
      }),
    )
  }
  const relay = createOutboxRelay({ ...relayOptions, publisher: kafkaPublisher(producer) })
  relay.start()
  return {
    ready: () => triggers.every((trigger) => trigger.ready()),
    async close() {
      await relay.stop()
      await Promise.all(lagPollers.map((poller) => poller.stop()))
      await Promise.all(triggers.map((trigger) => trigger.stop()))
      await producer.disconnect()
    },
  }
}

/**
 * Every scheduled function on its schedule; hosts that share a database (two `npm start` on
 * one PostgreSQL) run each tick once between them, as replicas do.
 */
async function startSchedules(runtime: FunctionRuntime): Promise<Scheduler> {
  const metrics = createScheduleMetrics(runtime.metrics.registry)
  const schedulers = (await loadScheduledFunctions()).map(({ fn }) =>
    startScheduler({ fn, runtime, metrics }),
  )
  return {
    running: () => schedulers.every((scheduler) => scheduler.running()),
    async stop() {
      await Promise.all(schedulers.map((scheduler) => scheduler.stop()))
    },
  }
}

export interface LocalHostStart {
  config: HostConfig
  sql: Sql
  log: Logger
}

/** The local host as `npm start` runs it, from its configuration. */
export async function startLocalHost({ config, sql, log }: LocalHostStart): Promise<LocalHost> {
  const keys = await issuerKeysFor(config, join(dataDir, 'dev-keys.json'), log)
  const host = await createLocalHost({
    sql,
    log,
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    ...keys,
    kafkaBrokers: config.KAFKA_BROKERS,
    kafkaGroupPrefix: config.KAFKA_GROUP_PREFIX,
    refreshReuseSeconds: config.AUTH_REFRESH_REUSE_SECONDS,
    tokenCacheSize: config.AUTH_TOKEN_CACHE_SIZE,
    topicRetentionMs: config.KAFKA_TOPIC_RETENTION_MS,
  })
  const kafka = config.KAFKA_BROKERS?.join(',')
  log.info(
    { kafka: kafka ?? 'none: events go in-process from the outbox to the handlers' },
    'events flowing',
  )
  return host
}
