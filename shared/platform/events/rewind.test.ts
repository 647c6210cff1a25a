import { randomUUID } from 'node:crypto'
import type { Consumer, Kafka } from 'kafkajs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { deadLetterTopic } from '#shared/events'
import { createLogger } from '#shared/observability'
import { connectProducer, createKafka, ensureTopics } from './kafka.ts'
import { applyRewind, planRewind } from './rewind.ts'

/**
 * Rewinding a group on a topic of this run's own, whose records carry chosen times: partition
 * 0 holds two records of three hours ago and one of an hour ago, partition 1 one of an hour
 * ago, partition 2 none.
 */
const log = createLogger({ level: 'silent' })
const topic = `test.rewind.${randomUUID()}`
const groupId = `test.rewind.${randomUUID()}`
const HOUR = 3_600_000
let kafka: Kafka
let member: Consumer | undefined

beforeAll(async () => {
  kafka = createKafka(inject('kafkaBrokers'), 'test-rewind', log)
  await ensureTopics(kafka, [topic], { retentionMs: 24 * HOUR })
  const producer = await connectProducer(kafka)
  const at = (hoursAgo: number) => String(Date.now() - hoursAgo * HOUR)
  await producer.send({
    topic,
    acks: -1,
    messages: [
      { partition: 0, value: 'a', timestamp: at(3) },
      { partition: 0, value: 'b', timestamp: at(3) },
      { partition: 0, value: 'c', timestamp: at(1) },
      { partition: 1, value: 'd', timestamp: at(1) },
    ],
  })
  await producer.disconnect()
})

afterAll(async () => {
  await member?.disconnect()
  const admin = kafka.admin()
  await admin.connect()
  await admin.deleteGroups([groupId]).catch(() => undefined)
  await admin.deleteTopics({ topics: [topic, deadLetterTopic(topic)] })
  await admin.disconnect()
})

async function committed(): Promise<string[]> {
  const admin = kafka.admin()
  await admin.connect()
  try {
    const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] })
    return (offsets?.partitions ?? [])
      .sort((a, b) => a.partition - b.partition)
      .map(({ offset }) => offset)
  } finally {
    await admin.disconnect()
  }
}

describe('planRewind() and applyRewind()', () => {
  it('plans the earliest records kept, changing nothing', async () => {
    const plan = await planRewind(kafka, { groupId, topic, to: 'earliest' })
    expect(plan).toEqual({
      groupId,
      topic,
      members: [],
      partitions: [
        { partition: 0, committed: undefined, target: 0n },
        { partition: 1, committed: undefined, target: 0n },
        { partition: 2, committed: undefined, target: 0n },
      ],
    })
    expect(await committed()).toEqual(['-1', '-1', '-1'])
  })

  it('moves the group to the first record at or after a time, the end where there is none', async () => {
    const plan = await planRewind(kafka, { groupId, topic, to: new Date(Date.now() - 2 * HOUR) })
    expect(plan.partitions.map(({ target }) => target)).toEqual([2n, 0n, 0n])
    await applyRewind(kafka, plan)
    expect(await committed()).toEqual(['2', '0', '0'])
    const again = await planRewind(kafka, { groupId, topic, to: 'earliest' })
    expect(again.partitions.map(({ committed }) => committed)).toEqual([2n, 0n, 0n])
  })

  it('names the members of a group in use', async () => {
    member = kafka.consumer({ groupId })
    const joined = new Promise<void>((resolve) =>
      member?.on('consumer.group_join', () => resolve()),
    )
    await member.connect()
    await member.subscribe({ topic })
    await member.run({ eachMessage: async () => {} })
    await joined
    const plan = await planRewind(kafka, { groupId, topic, to: 'earliest' })
    expect(plan.members).toEqual(['test-rewind'])
    await expect(applyRewind(kafka, plan)).rejects.toThrow(/no running instances/)
  })
})
