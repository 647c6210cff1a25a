import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import protobuf from 'protobufjs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { UserRegistered } from '#proto'
import { deadLetterTopic, encodeEnvelope } from '#shared/events'
import { createLogger } from '#shared/observability'
import { eventually, jsonRequest, LogLines, type TestDatabase } from '#shared/testing'
import { repoRoot } from '../registry.ts'
import { runAdmin } from '../testing/admin.ts'
import { type HostUnderTest, sendToHost, startHostUnderTest } from '../testing/host.ts'
import { readTopics, type TopicReader, type TopicRecord } from '../testing/index.ts'
import type { LocalHost } from './host.ts'

/**
 * The event path end to end, through the local host: a request writes its event to the outbox,
 * the relay moves it (to Kafka, or in-process), the trigger hands it to the event function.
 * Kafka mode shares the fixed topic `mart.users.v1` with whoever else uses the broker, so every
 * assertion picks out this test's own records by user id or event id, and the host's consumer
 * groups are its own, starting at the topics' current ends.
 */

// The .proto files themselves, not the generated code: what any other consumer would use.
const protos = await protobuf.load([
  join(repoRoot, 'proto/mart/events/v1/envelope.proto'),
  join(repoRoot, 'proto/mart/users/v1/events.proto'),
])
const Envelope = protos.lookupType('mart.events.v1.Envelope')

function decodeRecord(record: TopicRecord) {
  const envelope = Envelope.toObject(Envelope.decode(record.value), { longs: Number })
  const payloadType = protos.lookupType(String(envelope.type))
  return { envelope, payload: payloadType.toObject(payloadType.decode(envelope.payload)) }
}

const HANDLER = 'notifications-on-user-registered'
const TOPIC = UserRegistered.topic
// A UserRegistered whose field 1 claims 5 bytes where 1 follows: no handler can decode it.
const UNDECODABLE = new Uint8Array([0x0a, 0x05, 0x61])

describe.each([
  { mode: 'embedded', kafka: false },
  { mode: 'Kafka', kafka: true },
])('events through the local host ($mode mode)', ({ kafka }) => {
  const logs = new LogLines()
  let database: TestDatabase
  let host: LocalHost
  let running: HostUnderTest | undefined
  let reader: TopicReader | undefined

  const send = (path: string, init: RequestInit = {}) => sendToHost(host, path, init)

  beforeAll(async () => {
    running = await startHostUnderTest({
      databaseServerUrl: inject('databaseServerUrl'),
      templateDatabase: inject('templateDatabase'),
      kafkaBrokers: kafka ? inject('kafkaBrokers') : undefined,
      name: 'events',
      log: createLogger({ level: 'info', destination: logs.stream }),
    })
    ;({ host, database } = running)
    if (kafka) reader = await readTopics(inject('kafkaBrokers'), [TOPIC, deadLetterTopic(TOPIC)])
  })

  afterAll(async () => {
    await reader?.stop()
    await running?.close()
  })

  const metricLines = async () => (await (await send('/metrics')).text()).split('\n')

  /** Writes a UserRegistered whose payload no handler can decode to the users outbox. */
  async function recordPoison() {
    const eventId = randomUUID()
    const key = randomUUID()
    const envelope = encodeEnvelope({
      eventId,
      type: UserRegistered.type,
      occurredAt: new Date(),
      source: 'events-test',
      correlationId: `poison-${eventId}`,
      causationId: '',
      payload: UNDECODABLE,
    })
    await database.sql`
      insert into users.outbox (event_id, topic, event_key, event_type, envelope)
      values (${eventId}, ${TOPIC}, ${key}, ${UserRegistered.type}, ${Buffer.from(envelope)})`
    return { eventId, key, envelope }
  }

  /** The reader's first record matching, once it has arrived. */
  function recordWhere(what: string, match: (record: TopicRecord) => boolean) {
    const records = reader?.records
    if (!records) throw new Error('no topic reader in embedded mode')
    return eventually(async () => records.find(match), { timeoutMs: 30_000, what })
  }

  it('turns a registration into a welcome notification, carrying the request id', async () => {
    const requestId = `events-test-${randomUUID()}`
    const email = `${requestId}@example.com`
    const registered = await send(
      '/auth/register',
      jsonRequest(
        'POST',
        { email, password: 'a long passphrase', name: 'Eve Events' },
        { 'x-request-id': requestId },
      ),
    )
    expect(registered.status).toBe(201)
    const { id: userId } = (await registered.json()) as { id: string }

    await eventually(
      async () => {
        const [row] = await database.sql`
          select 1 from notifications.notifications where user_id = ${userId}`
        return row
      },
      { timeoutMs: 30_000, what: 'the welcome notification' },
    )
    const token = await host.runtime.auth.signAccessToken({ userId, role: 'customer' })
    const listed = await send('/notifications', {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(listed.status).toBe(200)
    expect(await listed.json()).toEqual({
      items: [
        {
          id: expect.any(String),
          kind: 'welcome',
          title: 'Welcome to Imtiaz Mart',
          body: expect.stringContaining('Hello Eve Events'),
          createdAt: expect.any(String),
        },
      ],
      nextCursor: null,
    })

    // The notification names the outbox event that caused it, and that row is marked sent.
    const [event] = await database.sql<{ eventId: string }[]>`
      select event_id from users.outbox where event_key = ${userId}`
    const [cause] = await database.sql<{ causedBy: string }[]>`
      select caused_by from notifications.notifications where user_id = ${userId}`
    expect(cause?.causedBy).toBe(event?.eventId)
    await eventually(
      async () => {
        const [row] = await database.sql`
          select 1 from users.outbox where event_key = ${userId} and sent_at is not null`
        return row
      },
      { timeoutMs: 10_000, what: 'the outbox row marked sent' },
    )
    // The handler ran under the registration's request id: one trace across both hops.
    expect(logs.entries).toContainEqual(
      expect.objectContaining({ requestId, fn: HANDLER, method: 'POST', status: 200 }),
    )
    // The operator sees the event timed from its occurrence, and nothing left in flight.
    const handledMetrics = await metricLines()
    expect(handledMetrics).toContainEqual(
      expect.stringMatching(
        new RegExp(`^event_end_to_end_seconds_count\\{fn="${HANDLER}"\\} [1-9]`),
      ),
    )
    expect(handledMetrics).toContain('http_requests_in_flight{fn="users-register"} 0')

    if (!kafka) return
    const record = await recordWhere(
      'the UserRegistered record on the topic',
      (r) => r.topic === TOPIC && r.key === userId,
    )
    expect(record.headers).toMatchObject({
      'mart-event-id': event?.eventId,
      'mart-event-type': 'mart.users.v1.UserRegistered',
    })
    const { envelope, payload } = decodeRecord(record)
    expect(envelope).toMatchObject({
      eventId: event?.eventId,
      type: 'mart.users.v1.UserRegistered',
      source: 'users-register',
      correlationId: requestId,
    })
    // A request caused it, not an event: the envelope carries no causation id.
    expect(envelope.causationId ?? '').toBe('')
    const occurredAt = Number(envelope.occurredAt?.seconds) * 1000
    expect(Math.abs(Date.now() - occurredAt)).toBeLessThan(5 * 60_000)
    expect(payload).toEqual({ userId, email, name: 'Eve Events' })
  })

  it('dead-letters an event no handler can decode at once, without retries', async () => {
    const { eventId, key, envelope } = await recordPoison()
    const reason = `400 the body is not a ${UserRegistered.type}`

    if (kafka) {
      const original = await recordWhere(
        'the poison record on the topic',
        (r) => r.topic === TOPIC && r.headers['mart-event-id'] === eventId,
      )
      const deadLetter = await recordWhere(
        'the poison record on the dead-letter topic',
        (r) => r.topic === deadLetterTopic(TOPIC) && r.headers['mart-event-id'] === eventId,
      )
      expect(deadLetter.key).toBe(key)
      expect(deadLetter.value).toEqual(Buffer.from(envelope))
      expect(deadLetter.headers).toMatchObject({
        'dlq-reason': reason,
        'dlq-attempts': '1',
        'dlq-consumer': HANDLER,
        'dlq-original-topic': TOPIC,
        'dlq-original-partition': String(original.partition),
        'dlq-original-offset': String(original.offset),
      })
    } else {
      const deadLetter = await eventually(
        async () => {
          const [row] = await database.sql`
            select topic, event_key, consumer, reason, attempts, envelope, replayed_at
            from public.dead_letters where event_id = ${eventId}`
          return row
        },
        { timeoutMs: 30_000, what: 'the dead letter' },
      )
      expect(deadLetter).toEqual({
        topic: TOPIC,
        eventKey: key,
        consumer: HANDLER,
        reason,
        attempts: 1,
        envelope: Buffer.from(envelope),
        replayedAt: null,
      })
    }

    expect(logs.entries).toContainEqual(
      expect.objectContaining({ level: 'warn', msg: 'event dead-lettered', fn: HANDLER, reason }),
    )
    const metrics = await (await send('/metrics')).text()
    expect(metrics).toMatch(new RegExp(`^event_dead_letters_total\\{fn="${HANDLER}"\\} [1-9]`, 'm'))
    expect(metrics).not.toMatch(new RegExp(`^event_retries_total\\{fn="${HANDLER}"\\}`, 'm'))
    const processed = await database.sql`
      select 1 from notifications.processed_events where event_id = ${eventId}`
    expect(processed).toHaveLength(0)
    // The row is done with: the relay does not publish it again.
    const [row] = await database.sql<{ sentAt: Date | null }[]>`
      select sent_at from users.outbox where event_id = ${eventId}`
    expect(row?.sentAt).toEqual(expect.any(Date))
  })

  it('lists the dead letter with the admin runner, and dlq:replay sends it through again', async () => {
    const { eventId, key } = await recordPoison()
    const env = {
      DATABASE_URL: database.url,
      KAFKA_BROKERS: kafka ? inject('kafkaBrokers').join(',') : undefined,
    }
    const deadLetters = (count: number) =>
      kafka
        ? eventually(
            async () => {
              const found = reader?.records.filter(
                (r) => r.topic === deadLetterTopic(TOPIC) && r.headers['mart-event-id'] === eventId,
              )
              return found && found.length >= count ? found : undefined
            },
            { timeoutMs: 30_000, what: `${count} dead letter(s)` },
          )
        : eventually(
            async () => {
              const rows =
                await database.sql`select id from public.dead_letters where event_id = ${eventId}`
              return rows.length >= count ? rows : undefined
            },
            { timeoutMs: 30_000, what: `${count} dead letter(s)` },
          )
    await deadLetters(1)

    const listed = await runAdmin(['dlq:list', '--topic', TOPIC], env)
    expect(listed.exitCode, listed.stderr).toBe(0)
    expect(listed.stdout).toContain(
      `${eventId} ${UserRegistered.type} key=${key} consumer=${HANDLER}`,
    )

    expect(listed.stdout).toContain('parked: its key waits behind it, 0 event(s) held')

    const replayed = await runAdmin(['dlq:replay', '--topic', TOPIC, '--id', eventId], env)
    expect(replayed.exitCode, replayed.stderr).toBe(0)
    expect(replayed.stdout).toContain(`replaying 1 event(s) of ${TOPIC}`)
    // Its consumer gets the same event again; still unable to decode it, it dead-letters it
    // again, and its key stays parked behind it.
    await deadLetters(2)
  })
  it('shows the start-up time, and with Kafka the lag of each partition of the function’s group', async () => {
    const startToReady = await eventually(
      async () =>
        (await metricLines()).find((line) => line.startsWith('process_start_to_ready_seconds ')),
      { what: 'process_start_to_ready_seconds shown' },
    )
    expect(Number(startToReady.split(' ')[1])).toBeGreaterThan(0)
    const lagLines = () =>
      metricLines().then((lines) =>
        lines.filter((line) => line.startsWith(`event_consumer_lag{fn="${HANDLER}"`)),
      )
    if (!kafka) {
      expect(await lagLines()).toEqual([])
      return
    }
    // Read from the group's committed offsets: with everything handled, nothing is behind.
    const caughtUp = [0, 1, 2].map(
      (partition) =>
        `event_consumer_lag{fn="${HANDLER}",topic="${TOPIC}",partition="${partition}"} 0`,
    )
    await eventually(
      async () => ((await lagLines()).join() === caughtUp.join() ? true : undefined),
      { what: 'a lag of 0 on every partition' },
    )
  })
})
