import { randomUUID } from 'node:crypto'
import type { Kafka, Producer } from 'kafkajs'
import { Registry } from 'prom-client'
import { afterAll, beforeAll, describe, inject, it } from 'vitest'
import { deadLetterTopic } from '#shared/events'
import { createLogger } from '#shared/observability'
import { eventually } from '#shared/testing'
import { connectProducer, createKafka, ensureTopics } from './kafka.ts'
import { type LagPoller, startLagPoller } from './lag.ts'
import { createTriggerMetrics } from './metrics.ts'

/**
 * The lag poller against the real broker, on a topic and a group of this run's own. The group
 * commits once and then has no member at all: a consumer that died. Its lag must still follow
 * what is published after it.
 */
const FN = 'probe-on-lag'
const topic = `test.lag.${randomUUID()}`
const groupId = `test.lag.${randomUUID()}`
const log = createLogger({ level: 'silent' })
const registry = new Registry()
let kafka: Kafka
let producer: Producer
let poller: LagPoller | undefined

/** Publishes `count` records to each partition. */
async function publish(count: number) {
  await producer.send({
    topic,
    acks: -1,
    messages: [0, 1, 2].flatMap((partition) =>
      Array.from({ length: count }, () => ({ partition, value: Buffer.from('lag') })),
    ),
  })
}

/** The lag lines /metrics shows for the function, by partition. */
async function lagShown(): Promise<Map<string, number>> {
  const text = await registry.metrics()
  const shown = new Map<string, number>()
  for (const [, partition, value] of text.matchAll(
    /^event_consumer_lag\{fn="probe-on-lag",topic="[^"]+",partition="(\d+)"\} (\d+)$/gm,
  )) {
    shown.set(partition ?? '', Number(value))
  }
  return shown
}

const lagBecomes = (expected: Record<string, number>, what: string) =>
  eventually(
    async () => {
      const shown = Object.fromEntries(await lagShown())
      return JSON.stringify(shown) === JSON.stringify(expected) ? shown : undefined
    },
    { timeoutMs: 20_000, what },
  )

beforeAll(async () => {
  kafka = createKafka(inject('kafkaBrokers'), 'test-lag', log)
  await ensureTopics(kafka, [topic], { retentionMs: 3_600_000 })
  producer = await connectProducer(kafka)
})

afterAll(async () => {
  await poller?.stop()
  await producer?.disconnect()
  const admin = kafka.admin()
  await admin.connect()
  await admin.deleteGroups([groupId]).catch(() => undefined)
  await admin.deleteTopics({ topics: [topic, deadLetterTopic(topic)] })
  await admin.disconnect()
})

describe('event_consumer_lag', () => {
  it('counts a group that never committed from the beginning of each partition', async () => {
    await publish(2)
    poller = startLagPoller({
      kafka,
      fn: FN,
      groupId,
      topic,
      metrics: createTriggerMetrics(registry),
      log,
      intervalMs: 100,
    })
    await lagBecomes({ 0: 2, 1: 2, 2: 2 }, 'a lag of 2 on every partition')
  })

  it('keeps growing for a group whose consumer is gone, from its committed offsets', async () => {
    const admin = kafka.admin()
    await admin.connect()
    await admin.setOffsets({
      groupId,
      topic,
      partitions: [
        { partition: 0, offset: '1' },
        { partition: 1, offset: '2' },
        { partition: 2, offset: '0' },
      ],
    })
    await admin.disconnect()
    await lagBecomes({ 0: 1, 1: 0, 2: 2 }, 'the lag behind the committed offsets')
    await publish(3)
    await lagBecomes({ 0: 4, 1: 3, 2: 5 }, 'the lag grown by what was published since')
  })
})
