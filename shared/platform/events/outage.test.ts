import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Producer } from 'kafkajs'
import { Registry } from 'prom-client'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { UserRegistered } from '#proto'
import { createSql, type Sql } from '#shared/db'
import { deadLetterTopic, defineEventFunction, type OutboxRecord } from '#shared/events'
import { createLogger } from '#shared/observability'
import { createTestRuntime, eventually, useTestDatabase } from '#shared/testing'
import { deleteGroups, readTopics, type TopicReader } from '../testing/kafka-topics.ts'
import {
  createProbeDomain,
  handledPlaces,
  type NumberedEvent,
  numberedEvent,
} from '../testing/probe-domain.ts'
import { startTcpProxy, type TcpProxy } from '../testing/tcp-proxy.ts'
import { subscriberOf } from './delivery.ts'
import { createInProcessTrigger } from './in-process.ts'
import {
  connectProducer,
  consumerGroupOf,
  createKafka,
  ensureTopics,
  type KafkaTrigger,
  startKafkaTrigger,
} from './kafka.ts'
import { createTriggerMetrics } from './metrics.ts'
import { createOutboxRelay } from './relay.ts'

/**
 * Delivery through outages and slow handlers: the function's own database goes away for 20 s
 * under a stream of events (its connections reset through a proxy, the server itself stays up
 * for everyone else), and one key's handler takes 5 s. Nothing may be dead-lettered or lost,
 * one key's events keep their order, and a slow key holds no other key back.
 */

const OUTAGE_MS = 20_000
const SLOW_MS = 5_000
const SLOW_KEY = `slow-${randomUUID()}`

const database = useTestDatabase()
const log = createLogger({ level: 'silent' })
let proxy: TcpProxy
/** The function's pool, through the proxy: what the outage takes away. */
let functionSql: Sql

const probe = defineEventFunction({
  name: 'probe-on-user-registered',
  events: [UserRegistered],
  retry: { attempts: 2, initialDelayMs: 10, maxDelayMs: 10 },
  concurrency: 4,
  async handle(event, { tx }) {
    const { userId, name } = event.payload
    if (userId.startsWith(SLOW_KEY)) await sleep(SLOW_MS)
    await tx`insert into probe.handled (event_key, place) values (${userId}, ${Number(name)})`
  },
})

beforeAll(async () => {
  const { sql, url } = database()
  await createProbeDomain(sql)
  const direct = new URL(url)
  proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) })
  direct.host = `127.0.0.1:${proxy.port}`
  functionSql = createSql(direct.toString(), { max: 4 })
})

afterAll(async () => {
  await functionSql.end({ timeout: 5 })
  await proxy.close()
})

const eventOf = (key: string, place: number) => numberedEvent(key, place, 'outage-test')
const handled = (keys: string[]) => handledPlaces(database().sql, keys)

const inOrder = (keys: string[], count: number) =>
  new Map(keys.map((key) => [key, Array.from({ length: count }, (_, place) => place)]))

describe('the function’s database gone for 20 s under a stream of events', () => {
  it('in-process: deliveries wait, none is dead-lettered, all arrive in order per key', async () => {
    const registry = new Registry()
    const metrics = createTriggerMetrics(registry)
    const runtime = await createTestRuntime(functionSql)
    const publisher = await createInProcessTrigger({
      sql: database().sql,
      log,
      metrics,
      subscribers: new Map([
        [
          UserRegistered.topic,
          [subscriberOf(probe, probe.createApp(runtime), { initialDelayMs: 1 })],
        ],
      ]),
    })
    const keys = Array.from({ length: 6 }, () => `in-process-${randomUUID()}`)
    const records = (places: number[]): OutboxRecord[] =>
      places.flatMap((place) =>
        keys.map((key) => {
          const { eventId, envelope } = eventOf(key, place)
          return {
            id: eventId,
            domain: 'users',
            eventId,
            topic: UserRegistered.topic,
            key,
            type: UserRegistered.type,
            envelope,
            createdAt: new Date(),
          }
        }),
      )
    await publisher.publish(records([0, 1, 2]))
    await proxy.cut()
    const during = publisher.publish(records([3, 4, 5, 6, 7, 8, 9]))
    await sleep(OUTAGE_MS)
    await proxy.restore()
    await during
    await publisher.stop()
    expect(await handled(keys)).toEqual(inOrder(keys, 10))
    expect(await database().sql`select * from public.dead_letters`).toEqual([])
    expect(await metrics.deadLetters.get()).toMatchObject({ values: [] })
  }, 120_000)

  it('in-process: a key whose handler takes 5 s holds no other key back', async () => {
    const { sql } = database()
    const runtime = await createTestRuntime(functionSql)
    const registry = new Registry()
    const metrics = createTriggerMetrics(registry)
    const publisher = await createInProcessTrigger({
      sql,
      log,
      metrics,
      subscribers: new Map([
        [UserRegistered.topic, [subscriberOf(probe, probe.createApp(runtime))]],
      ]),
    })
    const relay = createOutboxRelay({ sql, publisher, log, registry, pollIntervalMs: 50 })
    relay.start()
    const record = (events: NumberedEvent[]) => sql`
      insert into probe.outbox ${sql(
        events.map(({ eventId, key, envelope }) => ({
          eventId,
          topic: UserRegistered.topic,
          eventKey: key,
          eventType: UserRegistered.type,
          envelope: Buffer.from(envelope),
        })),
      )}`
    try {
      const slowKey = `${SLOW_KEY}-in-process`
      const others = Array.from({ length: 10 }, () => `quick-${randomUUID()}`)
      // The slow key's event first, on its own: the others come once it is in hand, in
      // batches of their own, which a barrier between batches would hold for 5 s.
      await record([eventOf(slowKey, 0)])
      await eventually(
        async () => (await metrics.inFlight.get()).values[0]?.value === 1 || undefined,
        { what: 'the slow key in hand' },
      )
      await record(others.map((key) => eventOf(key, 0)))
      await record(others.map((key) => eventOf(key, 1)))
      await eventually(
        async () => {
          const places = await handled(others)
          return [...places.values()].every((handled) => handled.length === 2) || undefined
        },
        { what: 'the quick keys handled within a second', timeoutMs: 1000 },
      )
      // While the slow key's handler still sleeps: it held none of them back, and nothing
      // behind its row is marked sent before it is.
      expect((await handled([slowKey])).get(slowKey)).toEqual([])
      expect(await sql`select id from probe.outbox where sent_at is not null`).toEqual([])
      await eventually(
        async () => {
          const [unsent] = await sql<{ count: number }[]>`
            select count(*)::int as count from probe.outbox where sent_at is null`
          return unsent?.count === 0 || undefined
        },
        { what: 'every row marked sent once the slow key is done', timeoutMs: SLOW_MS * 3 },
      )
      expect((await handled([slowKey])).get(slowKey)).toEqual([0])
    } finally {
      await relay.stop()
      await publisher.stop()
    }
  }, 30_000)

  describe('Kafka', () => {
    const brokers = () => inject('kafkaBrokers')
    const topic = `test.outage.${randomUUID()}`
    const groupPrefix = `test.outage.${randomUUID()}.`
    let producer: Producer
    let trigger: KafkaTrigger
    let dlq: TopicReader
    const metrics = createTriggerMetrics(new Registry())

    beforeAll(async () => {
      const kafka = createKafka(brokers(), 'test-outage', log)
      await ensureTopics(kafka, [topic], { retentionMs: 3_600_000 })
      producer = await connectProducer(kafka)
      dlq = await readTopics(brokers(), [deadLetterTopic(topic)], { from: 'beginning' })
      const runtime = await createTestRuntime(functionSql)
      trigger = await startKafkaTrigger({
        kafka,
        producer,
        sql: database().sql,
        subscriber: subscriberOf(probe, probe.createApp(runtime), { initialDelayMs: 1 }),
        topic,
        groupPrefix,
        log,
        metrics,
      })
      await eventually(async () => trigger.ready() || undefined, { what: 'the trigger joined' })
    })

    afterAll(async () => {
      await trigger.stop()
      await producer.disconnect()
      await dlq.stop()
      await deleteGroups(brokers(), [consumerGroupOf(probe.manifest.name, groupPrefix)])
    })

    /** Sends events straight to the test topic, as the relay would, on one partition. */
    async function send(events: { eventId: string; key: string; envelope: Uint8Array }[]) {
      await producer.send({
        topic,
        acks: -1,
        messages: events.map(({ eventId, key, envelope }) => ({
          key,
          value: Buffer.from(envelope),
          partition: 0,
          headers: { 'mart-event-id': eventId, 'mart-event-type': UserRegistered.type },
        })),
      })
    }

    it('a key whose handler takes 5 s holds no other key of its partition back', async () => {
      const others = Array.from({ length: 10 }, () => `quick-${randomUUID()}`)
      await send([eventOf(SLOW_KEY, 0), ...others.map((key) => eventOf(key, 0))])
      await send(others.map((key) => eventOf(key, 1)))
      await eventually(
        async () => {
          const places = await handled(others)
          return [...places.values()].every((handled) => handled.length === 2) || undefined
        },
        { what: 'the quick keys handled', timeoutMs: SLOW_MS },
      )
      // All of them while the slow key's handler still sleeps: it held none of them back.
      expect((await handled([SLOW_KEY])).get(SLOW_KEY)).toEqual([])
      await eventually(
        async () => ((await handled([SLOW_KEY])).get(SLOW_KEY)?.length === 1 ? true : undefined),
        { what: 'the slow key handled', timeoutMs: SLOW_MS * 3 },
      )
    }, 30_000)

    it('deliveries pause and resume: none is dead-lettered, all arrive in order per key', async () => {
      const keys = Array.from({ length: 6 }, () => `kafka-${randomUUID()}`)
      const batch = (place: number) => keys.map((key) => eventOf(key, place))
      for (const place of [0, 1, 2]) await send(batch(place))
      // The cut comes between deliveries: postgres.js 3.4.9 can lose a connection for good
      // when its socket dies under a buffered write (porsager/postgres#1154, #1208).
      await eventually(
        async () => {
          const places = await handled(keys)
          return [...places.values()].every((handled) => handled.length === 3) || undefined
        },
        { what: 'the first events handled' },
      )
      await proxy.cut()
      for (const place of [3, 4, 5, 6, 7, 8, 9]) {
        await send(batch(place))
        await sleep(OUTAGE_MS / 7)
      }
      await proxy.restore()
      await eventually(
        async () => {
          const places = await handled(keys)
          return [...places.values()].every((handled) => handled.length === 10) || undefined
        },
        { what: 'every event handled after the outage', timeoutMs: 60_000 },
      )
      expect(await handled(keys)).toEqual(inOrder(keys, 10))
      expect(dlq.records).toEqual([])
      expect(await metrics.deadLetters.get()).toMatchObject({ values: [] })
    }, 120_000)
  })
})
