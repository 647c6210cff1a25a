import {
  type Consumer,
  Kafka,
  type KafkaMessage,
  logLevel,
  Partitioners,
  type Producer,
} from 'kafkajs'
import type { OutboxRecord } from '#shared/events'
import { deadLetterTopic } from '#shared/events'
import type { Logger } from '#shared/observability'
import { deliverCounted, inKeyOrder, type Subscriber } from './delivery.ts'
import type { TriggerMetrics } from './metrics.ts'
import type { Publisher } from './relay.ts'

export const TOPIC_PARTITIONS = 3

export function createKafka(brokers: string[], clientId: string, log: Logger): Kafka {
  const kafkaLog = log.child({ component: 'kafkajs' })
  return new Kafka({
    clientId,
    brokers,
    retry: { initialRetryTime: 200, retries: 8 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log: entry }) => {
        const { message, ...fields } = entry
        if (level <= logLevel.ERROR) kafkaLog.error(fields, message)
        else kafkaLog.warn(fields, message)
      },
  })
}

/** Creates the topics and their dead-letter topics; existing ones are left as they are. */
export async function ensureTopics(kafka: Kafka, topics: string[]): Promise<void> {
  const admin = kafka.admin()
  await admin.connect()
  try {
    const existing = new Set(await admin.listTopics())
    const wanted = [...new Set(topics.flatMap((topic) => [topic, deadLetterTopic(topic)]))]
    const missing = wanted.filter((topic) => !existing.has(topic))
    if (missing.length === 0) return
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({
        topic,
        numPartitions: TOPIC_PARTITIONS,
        replicationFactor: 1,
      })),
    })
  } finally {
    await admin.disconnect()
  }
}

/** An idempotent producer: retries never duplicate or reorder records of a partition. */
export async function connectProducer(kafka: Kafka): Promise<Producer> {
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    // Murmur2, as the Java clients: a key lands on the same partition whoever produces it.
    createPartitioner: Partitioners.DefaultPartitioner,
  })
  await producer.connect()
  return producer
}

/** The relay's way out to Kafka: key = aggregate id, value = the envelope's bytes. */
export function kafkaPublisher(producer: Producer): Publisher {
  return {
    async publish(records: OutboxRecord[]) {
      const byTopic = new Map<string, OutboxRecord[]>()
      for (const record of records)
        byTopic.set(record.topic, [...(byTopic.get(record.topic) ?? []), record])
      await producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, batch]) => ({
          topic,
          messages: batch.map((record) => ({
            key: record.key,
            value: Buffer.from(record.envelope),
            headers: { 'mart-event-id': record.eventId, 'mart-event-type': record.type },
          })),
        })),
      })
    },
  }
}

export interface KafkaTriggerOptions {
  kafka: Kafka
  producer: Producer
  subscriber: Subscriber
  topic: string
  log: Logger
  metrics: TriggerMetrics
  /** Prefixes the group: hosts sharing a broker but not a database need groups of their own. */
  groupPrefix?: string | undefined
}

/** An event function's consumer group: `fn.<name>`, behind a host's prefix if it has one. */
export const consumerGroupOf = (name: string, prefix = '') => `${prefix}fn.${name}`

export interface KafkaTrigger {
  ready(): boolean
  stop(): Promise<void>
}

/**
 * The Kafka trigger of one event function: consumer group `fn.<name>`; the records of a key
 * handled one after another, in order (different keys side by side); a batch's offset
 * committed only once all its records are finished — handled, or dead-lettered to
 * `<topic>.dlq`. A crash before the commit means redelivery, which handlers shrug off.
 */
export async function startKafkaTrigger(options: KafkaTriggerOptions): Promise<KafkaTrigger> {
  const { kafka, producer, subscriber, topic, log, metrics } = options
  const fn = subscriber.name
  const consumer: Consumer = kafka.consumer({
    groupId: consumerGroupOf(fn, options.groupPrefix),
    allowAutoTopicCreation: false,
  })
  let joined = false
  consumer.on(consumer.events.GROUP_JOIN, () => {
    joined = true
  })
  consumer.on(consumer.events.CRASH, () => {
    joined = false
  })
  await consumer.connect()
  await consumer.subscribe({ topic, fromBeginning: true })
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    partitionsConsumedConcurrently: TOPIC_PARTITIONS,
    eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
      if (!isRunning() || isStale() || batch.messages.length === 0) return
      const handle = async (message: KafkaMessage) => {
        const outcome = await deliverCounted(subscriber, message.value ?? new Uint8Array(), {
          metrics,
          log,
          origin: { topic, partition: batch.partition, offset: message.offset },
          onRetry: heartbeat,
        })
        if (!outcome.delivered) await deadLetter(message, batch.partition, outcome)
        await heartbeat()
      }
      await inKeyOrder(batch.messages, (message) => message.key?.toString('hex') ?? '', handle)
      // Every record of the batch is finished (handled or dead-lettered): commit past them.
      const last = batch.lastOffset()
      resolveOffset(last)
      const next = (BigInt(last) + 1n).toString()
      await consumer.commitOffsets([{ topic, partition: batch.partition, offset: next }])
      const lag = BigInt(batch.highWatermark) - BigInt(next)
      metrics.lag.set({ fn, topic, partition: batch.partition }, Number(lag < 0n ? 0n : lag))
    },
  })

  async function deadLetter(
    message: KafkaMessage,
    partition: number,
    outcome: { attempts: number; reason: string },
  ) {
    await producer.send({
      topic: deadLetterTopic(topic),
      acks: -1,
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: {
            ...message.headers,
            'dlq-reason': outcome.reason,
            'dlq-attempts': String(outcome.attempts),
            'dlq-consumer': fn,
            'dlq-original-topic': topic,
            'dlq-original-partition': String(partition),
            'dlq-original-offset': message.offset,
          },
        },
      ],
    })
  }

  return {
    ready: () => joined,
    async stop() {
      await consumer.disconnect()
    },
  }
}
