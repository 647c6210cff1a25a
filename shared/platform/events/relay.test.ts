import { randomUUID } from 'node:crypto'
import { Registry } from 'prom-client'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { UserRegistered } from '#proto'
import { DEFAULT_TOPIC_RETENTION_MS } from '#shared/config'
import { createSql } from '#shared/db'
import { deadLetterTopic, encodeEnvelope } from '#shared/events'
import { createLogger } from '#shared/observability'
import { eventually, LogLines, useTestDatabase } from '#shared/testing'
import { readTopics, type TopicRecord, topicPositions } from '../testing/index.ts'
import { connectProducer, createKafka, ensureTopics, kafkaPublisher } from './kafka.ts'
import { createOutboxRelay } from './relay.ts'

/**
 * The outbox relay against a real PostgreSQL and a real Kafka broker, on topics of this run
 * only (the broker is shared): relays share a database as two marts would, and what counts is
 * what lands on the topic.
 */

const database = useTestDatabase()
const brokers = () => inject('kafkaBrokers')
const adminKafka = () =>
  createKafka(brokers(), 'mart-relay-test', createLogger({ level: 'silent' }))
const runTopic = `test.relay.${randomUUID()}`
const topicsMade = [runTopic]

interface RunningRelay {
  logs: LogLines
  registry: Registry
  stop(): Promise<void>
}

/** A relay as a mart runs it: its own pool, its own producer, its own metrics. */
async function startRelay(name: string): Promise<RunningRelay> {
  const logs = new LogLines()
  const log = createLogger({ level: 'info', destination: logs.stream }).child({ relay: name })
  const sql = createSql(database().url, { max: 4 })
  const producer = await connectProducer(createKafka(brokers(), name, log))
  const registry = new Registry()
  const relay = createOutboxRelay({
    sql,
    publisher: kafkaPublisher(producer),
    log,
    registry,
    batchSize: 100,
    pollIntervalMs: 50,
    maxBackoffMs: 500,
  })
  relay.start()
  return {
    logs,
    registry,
    async stop() {
      await relay.stop()
      await producer.disconnect()
      await sql.end({ timeout: 5 })
    },
  }
}

interface OutboxRow {
  eventId: string
  key: string
  sequence: number
}

/** Writes events to a domain's outbox, in the given order, in one transaction. */
async function recordEvents(domain: string, topic: string, rows: OutboxRow[]) {
  const sql = database().sql
  await sql`
    insert into ${sql(domain)}.outbox ${sql(
      rows.map((row) => ({
        eventId: row.eventId,
        topic,
        eventKey: row.key,
        eventType: UserRegistered.type,
        envelope: Buffer.from(
          encodeEnvelope({
            eventId: row.eventId,
            type: UserRegistered.type,
            occurredAt: new Date(),
            source: 'relay-test',
            correlationId: `${row.key}#${row.sequence}`,
            causationId: '',
            payload: new Uint8Array(),
          }),
        ),
      })),
      'eventId',
      'topic',
      'eventKey',
      'eventType',
      'envelope',
    )}`
}

const pendingIn = async (domain: string) => {
  const sql = database().sql
  const [row] = await sql<{ pending: number }[]>`
    select count(*)::int as pending from ${sql(domain)}.outbox where sent_at is null`
  return row?.pending ?? 0
}

/** What the relay's outbox_relay_leader gauge says: 1 while it leads. */
const leaderGauge = async (relay: RunningRelay) =>
  (await relay.registry.metrics()).match(/^outbox_relay_leader (\d)$/m)?.[1]

const recordsOf = (records: TopicRecord[], eventIds: Set<string>) =>
  records.filter((record) => eventIds.has(record.headers['mart-event-id'] ?? ''))

beforeAll(async () => {
  await ensureTopics(adminKafka(), [runTopic], { retentionMs: DEFAULT_TOPIC_RETENTION_MS })
})

afterAll(async () => {
  const admin = adminKafka().admin()
  await admin.connect()
  try {
    const existing = new Set(await admin.listTopics())
    const made = topicsMade.flatMap((topic) => [topic, deadLetterTopic(topic)])
    await admin.deleteTopics({ topics: made.filter((topic) => existing.has(topic)) })
  } finally {
    await admin.disconnect()
  }
})

describe('the outbox relay', () => {
  it('publishes each event once, in order per key, when the leader loses its lock mid-stream', async () => {
    const EVENTS = 1000
    const KEYS = 20
    // Made only once the leader's first batch is in flight: until then the batch waits on
    // Kafka, and the lock is lost under it.
    const topic = `test.relay.${randomUUID()}`
    topicsMade.push(topic)
    const rows: OutboxRow[] = Array.from({ length: EVENTS }, (_, index) => ({
      eventId: randomUUID(),
      key: `key-${index % KEYS}`,
      sequence: Math.floor(index / KEYS),
    }))
    const first = await startRelay('relay-a')
    const leading = (relay: RunningRelay) =>
      eventually(async () => ((await leaderGauge(relay)) === '1' ? true : undefined), {
        what: 'a relay leading',
      })
    await leading(first)
    const second = await startRelay('relay-b')
    try {
      for (let chunk = 0; chunk < 10; chunk++) {
        await recordEvents('users', topic, rows.slice(chunk * 100, (chunk + 1) * 100))
      }
      await eventually(async () => (await database().sql`select from public.outbox_claims`)[0], {
        what: "the leader's first batch in flight",
      })
      const terminated = await database().sql`
        select pg_terminate_backend(lock.pid) from pg_locks lock
        join pg_stat_activity activity using (pid)
        where lock.locktype = 'advisory' and lock.granted
          and activity.datname = current_database()`
      expect(terminated).toHaveLength(1)
      await leading(second)
      expect(await leaderGauge(first)).toBe('0')
      await ensureTopics(adminKafka(), [topic], { retentionMs: DEFAULT_TOPIC_RETENTION_MS })
      await eventually(async () => ((await pendingIn('users')) === 0 ? true : undefined), {
        timeoutMs: 60_000,
        what: 'every event marked sent',
      })
    } finally {
      await Promise.all([first.stop(), second.stop()])
    }

    // The topic is this run's alone: its end offsets count every record ever written to it.
    const ends = await topicPositions(brokers(), [topic])
    expect([...ends.values()].reduce((sum, end) => sum + end, 0n)).toBe(BigInt(EVENTS))
    const reader = await readTopics(brokers(), [topic], { from: 'beginning' })
    try {
      const records = await eventually(
        async () => (reader.records.length >= EVENTS ? reader.records : undefined),
        { what: `${EVENTS} records read back` },
      )
      const published = records.map((record) => record.headers['mart-event-id'])
      expect(new Set(published)).toEqual(new Set(rows.map((row) => row.eventId)))
      const sequenceOf = new Map(rows.map((row) => [row.eventId, row.sequence]))
      for (let key = 0; key < KEYS; key++) {
        const sequences = records
          .filter((record) => record.key === `key-${key}`)
          .map((record) => sequenceOf.get(record.headers['mart-event-id'] ?? ''))
        expect(sequences).toEqual(Array.from({ length: EVENTS / KEYS }, (_, index) => index))
      }
    } finally {
      await reader.stop()
    }
    expect(first.logs.entries).toContainEqual(
      expect.objectContaining({ msg: 'outbox relay lost its leadership; it stands by' }),
    )
  }, 120_000)

  it('keeps relaying one domain while another cannot publish, and catches up once it can', async () => {
    const missingTopic = `test.relay.missing.${randomUUID()}`
    topicsMade.push(missingTopic)
    await database().sql`create schema stalled`
    await database().sql`select public.create_event_tables('stalled')`
    const stalled = [{ eventId: randomUUID(), key: 'stalled-key', sequence: 0 }]
    const flowing = Array.from({ length: 30 }, (_, index) => ({
      eventId: randomUUID(),
      key: `flowing-${index % 3}`,
      sequence: index,
    }))
    await recordEvents('stalled', missingTopic, stalled)
    await recordEvents('users', runTopic, flowing)
    const reader = await readTopics(brokers(), [runTopic], { from: 'now' })
    const relay = await startRelay('relay-c')
    try {
      const flowingIds = new Set(flowing.map((row) => row.eventId))
      await eventually(
        async () => (recordsOf(reader.records, flowingIds).length === 30 ? true : undefined),
        { what: "the users domain's 30 records on its topic" },
      )
      await eventually(async () => ((await pendingIn('users')) === 0 ? true : undefined), {
        what: "the users domain's rows marked sent",
      })
      expect(await pendingIn('stalled')).toBe(1)
      await eventually(
        async () =>
          relay.logs.entries.find(
            (entry) =>
              entry.domain === 'stalled' &&
              entry.msg === 'outbox relay could not publish; rows wait',
          ),
        { timeoutMs: 90_000, what: 'the stalled domain backing off' },
      )

      await ensureTopics(adminKafka(), [missingTopic], { retentionMs: DEFAULT_TOPIC_RETENTION_MS })
      await eventually(async () => ((await pendingIn('stalled')) === 0 ? true : undefined), {
        timeoutMs: 90_000,
        what: 'the stalled domain caught up once its topic exists',
      })
      const ends = await topicPositions(brokers(), [missingTopic])
      expect([...ends.values()].reduce((sum, end) => sum + end, 0n)).toBe(1n)
    } finally {
      await relay.stop()
      await reader.stop()
    }
  }, 240_000)
})
