import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { UserProfileUpdated, UserRegistered } from '#proto'
import {
  decodeEnvelope,
  defineEventFunction,
  encodeEnvelope,
  type RetryPolicy,
  recordEvent,
} from '#shared/events'
import { Problem } from '#shared/http'
import { createTestRuntime, type TestRuntime, useTestDatabase } from '#shared/testing'
import {
  DeliveryInterrupted,
  deliver,
  retryDelayMs,
  type Subscriber,
  subscriberOf,
} from './delivery.ts'

const database = useTestDatabase()
let runtime: TestRuntime
let subscriber: Subscriber

const SHORT_RETRY: RetryPolicy = { attempts: 4, initialDelayMs: 5, maxDelayMs: 20 }

/**
 * What the probe's handler does for a user: fail some times first, find its database
 * unreachable some times first, or refuse the event.
 */
type Behaviour = { failTimes: number } | { unreachableTimes: number } | { refuse: string }
const behaviours = new Map<string, Behaviour>()
const calls = new Map<string, number>()

/**
 * A test-only event function in a `probe` domain of its own: it records an effect and an event
 * of its own, then behaves as told. A failure after the effect must roll both back with the
 * attempt.
 */
const probe = defineEventFunction({
  name: 'probe-on-user-registered',
  events: [UserRegistered],
  retry: SHORT_RETRY,
  async handle(event, { tx, origin }) {
    const { userId } = event.payload
    calls.set(userId, (calls.get(userId) ?? 0) + 1)
    await tx`insert into probe.effects (event_id, user_id) values (${event.id}, ${userId})`
    await recordEvent(tx, UserProfileUpdated, {
      key: userId,
      payload: { userId, name: 'P' },
      origin,
    })
    const behaviour = behaviours.get(userId)
    if (behaviour && 'refuse' in behaviour) throw new Problem(422, 'unknown-user', behaviour.refuse)
    if (behaviour && 'unreachableTimes' in behaviour && behaviour.unreachableTimes > 0) {
      behaviour.unreachableTimes -= 1
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
        code: 'ECONNREFUSED',
      })
    }
    if (behaviour && 'failTimes' in behaviour && behaviour.failTimes > 0) {
      behaviour.failTimes -= 1
      throw new Error('the database hiccuped')
    }
  },
})

beforeAll(async () => {
  const { sql } = database()
  await sql`create schema probe`
  await sql`select public.create_event_tables('probe')`
  await sql`create table probe.effects (event_id uuid not null, user_id uuid not null)`
  runtime = await createTestRuntime(sql)
  subscriber = subscriberOf(probe, probe.createApp(runtime))
})

/** A UserRegistered envelope for a new user who behaves as told. */
function eventFor(behaviour?: Behaviour) {
  const userId = randomUUID()
  if (behaviour) behaviours.set(userId, behaviour)
  const eventId = randomUUID()
  const envelope = encodeEnvelope({
    eventId,
    type: UserRegistered.type,
    occurredAt: new Date(),
    source: 'users-register',
    correlationId: `req-${eventId}`,
    causationId: '',
    payload: UserRegistered.encode({ userId, email: `${userId}@example.com`, name: 'P' }),
  })
  return { userId, eventId, envelope }
}

async function effectsOf(userId: string) {
  return database().sql<{ eventId: string }[]>`
    select event_id from probe.effects where user_id = ${userId}`
}

/** The events the probe recorded while handling `causedBy`, as their envelopes say. */
async function publishedBecauseOf(causedBy: string) {
  const rows = await database().sql<{ envelope: Uint8Array }[]>`select envelope from probe.outbox`
  return rows.map((row) => decodeEnvelope(row.envelope)).filter((e) => e.causationId === causedBy)
}

async function processedCount(eventId: string): Promise<number> {
  const [row] = await database().sql<{ count: number }[]>`
    select count(*)::int as count from probe.processed_events where event_id = ${eventId}`
  return row?.count ?? 0
}

describe('deliver()', () => {
  it('delivers at the first attempt when the function answers 2xx', async () => {
    const { userId, envelope } = eventFor()
    expect(await deliver(subscriber, envelope)).toEqual({ delivered: true, attempts: 1 })
    expect(await effectsOf(userId)).toHaveLength(1)
  })

  it('retries a handler that throws twice, and the effect happens once', async () => {
    const { userId, eventId, envelope } = eventFor({ failTimes: 2 })
    const retries: { attempt: number; reason: string }[] = []
    const outcome = await deliver(subscriber, envelope, {
      onRetry: (attempt, reason) => {
        retries.push({ attempt, reason })
      },
    })
    expect(outcome).toEqual({ delivered: true, attempts: 3 })
    expect(calls.get(userId)).toBe(3)
    expect(retries).toEqual([
      { attempt: 1, reason: expect.stringMatching(/^500/) },
      { attempt: 2, reason: expect.stringMatching(/^500/) },
    ])
    expect(await effectsOf(userId)).toEqual([{ eventId }])
    expect(await processedCount(eventId)).toBe(1)
    // The failures were logged with the event's correlation id, for whoever looks into them.
    const errors = runtime.logs.entries.filter(
      (entry) => entry.requestId === `req-${eventId}` && entry.msg === 'unhandled error',
    )
    expect(errors).toHaveLength(2)
  })

  it('waits out a database it cannot reach (503) without spending attempts, then delivers', async () => {
    const { userId, eventId, envelope } = eventFor({ unreachableTimes: SHORT_RETRY.attempts + 2 })
    let pauses = 0
    const outcome = await deliver(subscriber, envelope, {
      onPause: () => {
        pauses++
      },
    })
    expect(outcome).toEqual({ delivered: true, attempts: 1 })
    expect(pauses).toBe(SHORT_RETRY.attempts + 2)
    expect(await effectsOf(userId)).toEqual([{ eventId }])
  })

  it('stops waiting for an unreachable database when the trigger stops, neither done nor dead', async () => {
    const { userId, envelope } = eventFor({ unreachableTimes: 1000 })
    let checks = 0
    const waiting = deliver(subscriber, envelope, { running: () => ++checks < 3 })
    await expect(waiting).rejects.toBeInstanceOf(DeliveryInterrupted)
    expect(await effectsOf(userId)).toEqual([])
  })

  it('publishes what the handler records with the effects, carrying the event’s story on', async () => {
    const { eventId, envelope } = eventFor({ failTimes: 1 })
    expect(await deliver(subscriber, envelope)).toEqual({ delivered: true, attempts: 2 })
    // The failed attempt's event was rolled back with its effects: one event, from the second.
    expect(await publishedBecauseOf(eventId)).toEqual([
      expect.objectContaining({
        type: UserProfileUpdated.type,
        source: probe.manifest.name,
        correlationId: `req-${eventId}`,
        causationId: eventId,
      }),
    ])
  })

  it('redelivers an event already handled as a no-op', async () => {
    const { userId, envelope } = eventFor()
    await deliver(subscriber, envelope)
    expect(await deliver(subscriber, envelope)).toEqual({ delivered: true, attempts: 1 })
    expect(calls.get(userId)).toBe(1)
    expect(await effectsOf(userId)).toHaveLength(1)
  })

  it('gives a Problem(422) up at once, with its reason, and keeps no effect', async () => {
    const { userId, eventId, envelope } = eventFor({ refuse: 'no such user here' })
    let retried = false
    const outcome = await deliver(subscriber, envelope, {
      onRetry: () => {
        retried = true
      },
    })
    expect(outcome).toEqual({ delivered: false, attempts: 1, reason: '422 no such user here' })
    expect(retried).toBe(false)
    expect(calls.get(userId)).toBe(1)
    expect(await effectsOf(userId)).toEqual([])
    expect(await publishedBecauseOf(eventId)).toEqual([])
    expect(await processedCount(eventId)).toBe(0)
  })

  it('gives up after the policy’s attempts when the handler keeps failing', async () => {
    const { userId, eventId, envelope } = eventFor({ failTimes: 100 })
    const outcome = await deliver(subscriber, envelope)
    expect(outcome).toEqual({
      delivered: false,
      attempts: SHORT_RETRY.attempts,
      reason: expect.stringMatching(/^gave up after 4 attempts: 500/),
    })
    expect(calls.get(userId)).toBe(SHORT_RETRY.attempts)
    expect(await effectsOf(userId)).toEqual([])
    expect(await processedCount(eventId)).toBe(0)
  })

  it('refuses a record that is no envelope without calling the function', async () => {
    const before = runtime.logs.raw.length
    const outcome = await deliver(subscriber, new Uint8Array([0xff, 0xff, 0xff]))
    expect(outcome).toEqual({
      delivered: false,
      attempts: 0,
      reason: 'the record is not an event envelope',
    })
    expect(runtime.logs.raw.length).toBe(before)
  })

  it('gives an envelope of another event type up at once as 400', async () => {
    const eventId = randomUUID()
    const envelope = encodeEnvelope({
      eventId,
      type: 'mart.users.v1.UserPasswordChanged',
      occurredAt: new Date(),
      source: 'users-change-password',
      correlationId: 'req-other',
      causationId: '',
      payload: new Uint8Array(),
    })
    expect(await deliver(subscriber, envelope)).toEqual({
      delivered: false,
      attempts: 1,
      reason: `400 this function takes ${UserRegistered.type} only`,
    })
  })
})

describe('retryDelayMs()', () => {
  it('doubles from the initial delay up to the maximum', () => {
    const policy = { attempts: 6, initialDelayMs: 100, maxDelayMs: 500 }
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelayMs(policy, attempt))).toEqual([
      100, 200, 400, 500, 500,
    ])
  })
})
