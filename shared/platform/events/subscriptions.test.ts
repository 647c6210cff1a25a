import { randomUUID } from 'node:crypto'
import { Registry } from 'prom-client'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { UserPasswordChanged, UserProfileUpdated, UserRegistered } from '#proto'
import type { Sql } from '#shared/db'
import { deadLetterTopic, defineEventFunction, recordEvent } from '#shared/events'
import { createLogger } from '#shared/observability'
import { createTestRuntime, eventually, useTestDatabase } from '#shared/testing'
import {
  committedPositions,
  deleteGroups,
  readTopics,
  startGroupsAtEnd,
  topicPositions,
} from '../testing/kafka-topics.ts'
import { subscriberOf } from './delivery.ts'
import { createInProcessTrigger, type InProcessTrigger } from './in-process.ts'
import {
  connectProducer,
  consumerGroupOf,
  createKafka,
  type KafkaTrigger,
  kafkaPublisher,
  startKafkaTrigger,
} from './kafka.ts'
import { createTriggerMetrics } from './metrics.ts'
import { createOutboxRelay, type OutboxRelay } from './relay.ts'

/**
 * One topic, three event types, one function that takes two of them: the triggers deliver those
 * two and nothing else, in order per key, and a type the function did not subscribe to is not
 * poison: nothing is dead-lettered, and the Kafka group's offsets pass over it.
 */

const KEYS = 30
const EVENTS_PER_KEY = 10
const TYPES = [UserRegistered, UserProfileUpdated, UserPasswordChanged]

const database = useTestDatabase()
const log = createLogger({ level: 'silent' })
/** What the function saw, per key, as `<type>#<n>`. */
const seen = new Map<string, string[]>()

const probe = defineEventFunction({
  name: 'probe-on-user-changes',
  events: [UserRegistered, UserProfileUpdated],
  async handle(event) {
    // Both types carry the user and, as its name, the event's place in the key's sequence.
    const { userId, name } = event.payload
    seen.set(userId, [...(seen.get(userId) ?? []), `${event.type}#${name}`])
  },
})

beforeAll(async () => {
  await database().sql`create schema probe`
  await database().sql`select public.create_event_tables('probe')`
})

/** Records the mixed stream through the users outbox; returns what the function should see. */
async function recordMixedStream(sql: Sql): Promise<Map<string, string[]>> {
  const expected = new Map<string, string[]>()
  const keys = Array.from({ length: KEYS }, () => randomUUID())
  for (let n = 0; n < EVENTS_PER_KEY; n++) {
    await sql.begin(async (tx) => {
      for (const [index, userId] of keys.entries()) {
        const origin = { domain: 'users', source: 'test', correlationId: `mixed-${n}` }
        const type = TYPES[(index + n) % TYPES.length]
        if (type === UserPasswordChanged) {
          await recordEvent(tx, UserPasswordChanged, { key: userId, payload: { userId }, origin })
          continue
        }
        const name = String(n)
        if (type === UserRegistered) {
          const payload = { userId, email: `${userId}@example.com`, name }
          await recordEvent(tx, UserRegistered, { key: userId, payload, origin })
        } else {
          await recordEvent(tx, UserProfileUpdated, {
            key: userId,
            payload: { userId, name },
            origin,
          })
        }
        expected.set(userId, [...(expected.get(userId) ?? []), `${type?.type}#${n}`])
      }
    })
  }
  return expected
}

const seenOf = (keys: Iterable<string>) => new Map([...keys].map((key) => [key, seen.get(key)]))

describe('a function subscribed to two of a topic’s three types (in-process)', () => {
  let relay: OutboxRelay
  let publisher: InProcessTrigger

  afterAll(async () => {
    await relay.stop()
    await publisher.stop()
  })

  it('sees exactly its 200 events, in order per key, and dead-letters nothing', async () => {
    const { sql } = database()
    const runtime = await createTestRuntime(sql)
    publisher = await createInProcessTrigger({
      sql,
      log,
      metrics: createTriggerMetrics(new Registry()),
      subscribers: new Map([
        [UserRegistered.topic, [subscriberOf(probe, probe.createApp(runtime))]],
      ]),
    })
    relay = createOutboxRelay({ sql, publisher, log, registry: new Registry(), pollIntervalMs: 50 })
    const expected = await recordMixedStream(sql)
    relay.start()
    await eventually(
      async () =>
        (await sql`select 1 from users.outbox where sent_at is null`).length === 0 || undefined,
      { what: 'the outbox relayed' },
    )
    expect([...expected.values()].flat()).toHaveLength(200)
    expect(seenOf(expected.keys())).toEqual(expected)
    expect(await sql`select * from public.dead_letters`).toEqual([])
  })
})

describe('a function subscribed to two of a topic’s three types (Kafka)', () => {
  const brokers = () => inject('kafkaBrokers')
  const groupPrefix = `test.subscriptions.${randomUUID()}.`
  const groupId = consumerGroupOf(probe.manifest.name, groupPrefix)
  let trigger: KafkaTrigger | undefined
  let relay: OutboxRelay | undefined

  afterAll(async () => {
    await relay?.stop()
    await trigger?.stop()
    await deleteGroups(brokers(), [groupId])
  })

  it('sees exactly its 200 events, in order per key; the DLQ stays empty and the offsets pass them all', async () => {
    const { sql } = database()
    const topic = UserRegistered.topic
    const kafka = createKafka(brokers(), 'test-subscriptions', log)
    const producer = await connectProducer(kafka)
    await startGroupsAtEnd(brokers(), [{ groupId, topic }])
    const dlq = await readTopics(brokers(), [deadLetterTopic(topic)])
    try {
      const runtime = await createTestRuntime(sql)
      trigger = await startKafkaTrigger({
        kafka,
        producer,
        sql,
        subscriber: subscriberOf(probe, probe.createApp(runtime), { initialDelayMs: 1 }),
        topic,
        groupPrefix,
        log,
        metrics: createTriggerMetrics(new Registry()),
      })
      relay = createOutboxRelay({
        sql,
        publisher: kafkaPublisher(producer),
        log,
        registry: new Registry(),
        pollIntervalMs: 50,
      })
      const expected = await recordMixedStream(sql)
      relay.start()
      await eventually(
        async () => {
          const done = [...expected].every(
            ([key, events]) => seen.get(key)?.length === events.length,
          )
          return done || undefined
        },
        { what: 'the 200 events handled', timeoutMs: 60_000 },
      )
      expect(seenOf(expected.keys())).toEqual(expected)
      // Everything published so far, ours included, is behind the group's committed offsets.
      const ends = await topicPositions(brokers(), [topic])
      await eventually(
        async () => {
          const committed = await committedPositions(brokers(), groupId, [topic])
          const behind = [...ends].filter(([at, end]) => (committed.get(at) ?? 0n) < end)
          return behind.length === 0 || undefined
        },
        { what: 'the committed offsets at the end' },
      )
      const ours = new Set(expected.keys())
      expect(dlq.records.filter((record) => ours.has(record.key ?? ''))).toEqual([])
    } finally {
      await dlq.stop()
      await relay?.stop()
      await producer.disconnect()
    }
  })
})
