import { randomUUID } from 'node:crypto'
import { type Consumer, Kafka, logLevel } from 'kafkajs'

/** A record as a test reads it back: where it sits, its key, bytes and headers as text. */
export interface TopicRecord {
  topic: string
  partition: number
  offset: bigint
  key: string | undefined
  value: Buffer
  headers: Record<string, string>
}

export interface TopicReader {
  /** Every record read so far; one partition's records arrive in offset order. */
  readonly records: TopicRecord[]
  stop(): Promise<void>
}

const testKafka = (brokers: string[]) =>
  new Kafka({ clientId: 'mart-test-reader', brokers, logLevel: logLevel.ERROR })

/**
 * Reads topics with a consumer group of its own, so that a test sees what is published without
 * taking records from any other group: from now on (what the topics hold when it starts is
 * skipped), or from their beginning. The group is deleted on stop, so re-runs leave nothing
 * behind.
 */
export async function readTopics(
  brokers: string[],
  topics: string[],
  { from = 'now' }: { from?: 'now' | 'beginning' | TopicPositions } = {},
): Promise<TopicReader> {
  const kafka = testKafka(brokers)
  const groupId = `test.reader.${randomUUID()}`
  const startAt =
    from === 'now' ? await topicPositions(brokers, topics) : from === 'beginning' ? new Map() : from
  // A short fetch wait: stop() waits for the fetch in flight.
  const consumer: Consumer = kafka.consumer({
    groupId,
    allowAutoTopicCreation: false,
    maxWaitTimeInMs: 250,
  })
  const records: TopicRecord[] = []
  await consumer.connect()
  await consumer.subscribe({ topics, fromBeginning: true })
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      const offset = BigInt(message.offset)
      if (offset < (startAt.get(`${topic}/${partition}`) ?? 0n)) return
      const headers: Record<string, string> = {}
      for (const [name, value] of Object.entries(message.headers ?? {})) {
        if (value !== undefined) headers[name] = String(value)
      }
      records.push({
        topic,
        partition,
        offset,
        key: message.key?.toString(),
        value: message.value ?? Buffer.alloc(0),
        headers,
      })
    },
  })
  return {
    records,
    async stop() {
      await consumer.disconnect()
      await deleteGroups(brokers, [groupId])
    },
  }
}

/** Where a reader starts: the offset of each partition, by `topic/partition`. */
export type TopicPositions = Map<string, bigint>

/** The next offset of every partition of the topics: a reader from here sees what comes next. */
export async function topicPositions(brokers: string[], topics: string[]): Promise<TopicPositions> {
  const admin = testKafka(brokers).admin()
  await admin.connect()
  try {
    const ends = new Map<string, bigint>()
    for (const topic of topics) {
      for (const { partition, high } of await admin.fetchTopicOffsets(topic)) {
        ends.set(`${topic}/${partition}`, BigInt(high))
      }
    }
    return ends
  } finally {
    await admin.disconnect()
  }
}

/**
 * The offsets a consumer group has committed, by `topic/partition`: the next record it will
 * handle. A group is done with a record once its committed offset is past it.
 */
export async function committedPositions(
  brokers: string[],
  groupId: string,
  topics: string[],
): Promise<TopicPositions> {
  const admin = testKafka(brokers).admin()
  await admin.connect()
  try {
    const positions: TopicPositions = new Map()
    for (const { topic, partitions } of await admin.fetchOffsets({ groupId, topics })) {
      for (const { partition, offset } of partitions) {
        if (offset !== '-1') positions.set(`${topic}/${partition}`, BigInt(offset))
      }
    }
    return positions
  } finally {
    await admin.disconnect()
  }
}

export interface GroupStart {
  groupId: string
  topic: string
}

/**
 * Commits, for new consumer groups, the current end of their topics: a host started with them
 * then handles what is published from now on, not the history that every other user of the
 * broker has been writing to the same topics. A topic that does not exist yet is left alone:
 * its first record will be new anyway.
 */
export async function startGroupsAtEnd(brokers: string[], groups: GroupStart[]): Promise<void> {
  const admin = testKafka(brokers).admin()
  await admin.connect()
  try {
    const topics = new Set(await admin.listTopics())
    // KafkaJS sets offsets by joining the group for a moment: seconds each, so all at once.
    await Promise.all(
      groups
        .filter(({ topic }) => topics.has(topic))
        .map(async ({ groupId, topic }) => {
          const ends = await admin.fetchTopicOffsets(topic)
          await admin.setOffsets({
            groupId,
            topic,
            partitions: ends.map(({ partition, high }) => ({ partition, offset: high })),
          })
        }),
    )
  } finally {
    await admin.disconnect()
  }
}

/** Deletes consumer groups that no member uses any more, so that re-runs leave none behind. */
export async function deleteGroups(brokers: string[], groupIds: string[]): Promise<void> {
  const admin = testKafka(brokers).admin()
  await admin.connect()
  try {
    await admin.deleteGroups(groupIds)
  } finally {
    await admin.disconnect()
  }
}
