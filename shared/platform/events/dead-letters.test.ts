import { randomUUID } from 'node:crypto'
import { afterAll, expect, inject, it } from 'vitest'
import { UserRegistered } from '#proto'
import { deadLetterTopic, encodeEnvelope } from '#shared/events'
import { createLogger } from '#shared/observability'
import { deadLettersOnKafka } from './dead-letters.ts'
import { createKafka, ensureTopics } from './kafka.ts'

const kafka = createKafka(
  inject('kafkaBrokers'),
  'test-dead-letters',
  createLogger({ level: 'silent' }),
)
const topic = `test.dead-letters.${randomUUID()}`

afterAll(async () => {
  const admin = kafka.admin()
  await admin.connect()
  await admin.deleteTopics({ topics: [topic, deadLetterTopic(topic)] })
  await admin.disconnect()
})

it('lists an event dead-lettered twice by one consumer once, and once per other consumer', async () => {
  await ensureTopics(kafka, [topic], { retentionMs: 3_600_000 })
  const eventId = randomUUID()
  const envelope = encodeEnvelope({
    eventId,
    type: UserRegistered.type,
    occurredAt: new Date(),
    source: 'dead-letters-test',
    correlationId: eventId,
    causationId: '',
    payload: new Uint8Array(),
  })
  const letter = (consumer: string, reason: string) => ({
    key: 'k',
    value: Buffer.from(envelope),
    headers: { 'dlq-consumer': consumer, 'dlq-reason': reason, 'dlq-attempts': '1' },
  })
  const producer = kafka.producer()
  await producer.connect()
  // A trigger redelivered after a rebalance writes the same dead letter again.
  await producer.send({
    topic: deadLetterTopic(topic),
    acks: -1,
    messages: [letter('fn-a', 'first'), letter('fn-a', 'again'), letter('fn-b', 'other')],
  })
  await producer.disconnect()

  const letters = await deadLettersOnKafka(kafka, topic)

  expect(letters.map(({ eventId, consumer, reason }) => ({ eventId, consumer, reason }))).toEqual([
    { eventId, consumer: 'fn-a', reason: 'first' },
    { eventId, consumer: 'fn-b', reason: 'other' },
  ])
})
