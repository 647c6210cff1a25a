import { randomUUID } from 'node:crypto'
import { Registry } from 'prom-client'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { UserRegistered } from '#proto'
import { defineEventFunction } from '#shared/events'
import { Problem } from '#shared/http'
import { createLogger } from '#shared/observability'
import { createTestRuntime, eventually, useTestDatabase } from '#shared/testing'
import { deleteGroups } from '../testing/kafka-topics.ts'
import {
  createProbeDomain,
  handledPlaces,
  type NumberedEvent,
  numberedEvent,
} from '../testing/probe-domain.ts'
import {
  type DeadLetter,
  deadLettersInTable,
  deadLettersOnKafka,
  dropDeadLetter,
  parkingOf,
  replayDeadLetters,
} from './dead-letters.ts'
import { subscriberOf } from './delivery.ts'
import { createInProcessTrigger } from './in-process.ts'
import {
  connectProducer,
  consumerGroupOf,
  createKafka,
  ensureTopics,
  startKafkaTrigger,
} from './kafka.ts'
import { createTriggerMetrics } from './metrics.ts'

/**
 * A dead letter parks its key: the key's later events wait behind it, in order, while other
 * keys flow on. Replaying it sends it and then the waiting ones, in order; dropping it sends
 * only the waiting ones. In both modes, with the operator's functions of the admin runner.
 */

const database = useTestDatabase()
const log = createLogger({ level: 'silent' })
/** Keys whose first event the probe refuses, until it is fixed. */
const poisoned = new Set<string>()

const probe = defineEventFunction({
  name: 'probe-on-user-registered',
  events: [UserRegistered],
  retry: { attempts: 2, initialDelayMs: 1, maxDelayMs: 1 },
  async handle(event, { tx }) {
    const { userId, name } = event.payload
    if (name === '0' && poisoned.has(userId)) {
      throw new Problem(422, 'not-yet', 'this function cannot take it yet')
    }
    await tx`insert into probe.handled (event_key, place) values (${userId}, ${Number(name)})`
  },
})

beforeAll(async () => {
  await createProbeDomain(database().sql)
})

const eventOf = (key: string, place: number) => numberedEvent(key, place, 'parking-test')

async function placesOf(key: string): Promise<number[]> {
  return (await handledPlaces(database().sql, [key])).get(key) ?? []
}

const until = (what: string, check: () => Promise<boolean>) =>
  eventually(async () => (await check()) || undefined, { what, timeoutMs: 30_000 })

interface Mode {
  topic: string
  send(events: NumberedEvent[]): Promise<void>
  deadLetters(): Promise<DeadLetter[]>
  stop(): Promise<void>
}

async function inProcessMode(): Promise<Mode> {
  const { sql } = database()
  const topic = UserRegistered.topic
  const trigger = await createInProcessTrigger({
    sql,
    log,
    metrics: createTriggerMetrics(new Registry()),
    subscribers: new Map([
      [topic, [subscriberOf(probe, probe.createApp(await createTestRuntime(sql)))]],
    ]),
    releasePollMs: 50,
  })
  return {
    topic,
    send: (events) =>
      trigger.publish(
        events.map(({ eventId, key, envelope }) => ({
          id: eventId,
          domain: 'users',
          eventId,
          topic,
          key,
          type: UserRegistered.type,
          envelope,
          createdAt: new Date(),
        })),
      ),
    deadLetters: () => deadLettersInTable(sql, topic),
    stop: () => trigger.stop(),
  }
}

async function kafkaMode(): Promise<Mode> {
  const { sql } = database()
  const brokers = inject('kafkaBrokers')
  const topic = `test.parking.${randomUUID()}`
  const groupPrefix = `test.parking.${randomUUID()}.`
  const kafka = createKafka(brokers, 'test-parking', log)
  await ensureTopics(kafka, [topic], { retentionMs: 3_600_000 })
  const producer = await connectProducer(kafka)
  const trigger = await startKafkaTrigger({
    kafka,
    producer,
    sql,
    subscriber: subscriberOf(probe, probe.createApp(await createTestRuntime(sql))),
    topic,
    groupPrefix,
    log,
    metrics: createTriggerMetrics(new Registry()),
  })
  await until('the trigger joined', async () => trigger.ready())
  return {
    topic,
    async send(events) {
      await producer.send({
        topic,
        acks: -1,
        messages: events.map(({ eventId, key, envelope }) => ({
          key,
          value: Buffer.from(envelope),
          headers: { 'mart-event-id': eventId, 'mart-event-type': UserRegistered.type },
        })),
      })
    },
    deadLetters: () => deadLettersOnKafka(kafka, topic),
    async stop() {
      await trigger.stop()
      await producer.disconnect()
      await deleteGroups(brokers, [consumerGroupOf(probe.manifest.name, groupPrefix)])
    },
  }
}

describe.each([
  { name: 'in-process', start: inProcessMode },
  { name: 'Kafka', start: kafkaMode },
])('a dead letter parks its key ($name)', ({ start }) => {
  let mode: Mode

  beforeAll(async () => {
    mode = await start()
  })
  afterAll(() => mode.stop())

  /** The poisoned key's first event dead-lettered, its next five sent, another key's ten too. */
  async function parkBehindPoison(): Promise<{
    parked: string
    other: string
    letter: DeadLetter
  }> {
    const parked = `parked-${randomUUID()}`
    const other = `other-${randomUUID()}`
    poisoned.add(parked)
    const first = eventOf(parked, 0)
    await mode.send([first])
    await mode.send([1, 2, 3, 4, 5].map((place) => eventOf(parked, place)))
    await mode.send(Array.from({ length: 10 }, (_, place) => eventOf(other, place)))
    await until('the other key handled', async () => (await placesOf(other)).length === 10)
    const letter = await eventually(
      async () =>
        (await mode.deadLetters()).find((candidate) => candidate.eventId === first.eventId),
      { what: 'the dead letter', timeoutMs: 30_000 },
    )
    await until('five events waiting', async () => {
      const parking = await parkingOf(database().sql, [letter])
      return parking.get(letter.eventId)?.waiting === 5
    })
    return { parked, other, letter }
  }

  it('keeps the key’s later events behind the dead letter, and replays all six in order', async () => {
    const { parked, other, letter } = await parkBehindPoison()
    expect(await placesOf(parked)).toEqual([])
    expect(await placesOf(other)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    poisoned.delete(parked)
    expect(await replayDeadLetters(database().sql, [letter], { republish: false })).toBe(1)
    await until('the parked key handled', async () => (await placesOf(parked)).length === 6)
    expect(await placesOf(parked)).toEqual([0, 1, 2, 3, 4, 5])
    // Free again: its next event goes straight through.
    await mode.send([eventOf(parked, 6)])
    await until('the next event handled', async () => (await placesOf(parked)).length === 7)
    expect((await parkingOf(database().sql, [letter])).get(letter.eventId)?.waiting).toBeUndefined()
  })

  it('drops the dead letter on request and sends the events behind it, in order', async () => {
    const { parked, letter } = await parkBehindPoison()
    expect(await dropDeadLetter(database().sql, letter)).toBe(true)
    await until('the waiting events handled', async () => (await placesOf(parked)).length === 5)
    expect(await placesOf(parked)).toEqual([1, 2, 3, 4, 5])
    expect(await dropDeadLetter(database().sql, letter)).toBe(false)
  })
})
