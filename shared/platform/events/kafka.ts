import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { type Consumer, Kafka, logLevel, Partitioners, type Producer } from 'kafkajs'
import { PARTITIONS_BY_TOPIC } from '#proto'
import type { Sql } from '#shared/db'
import {
  DEFAULT_TOPIC_PARTITIONS,
  deadLetterTopic,
  decodeEnvelope,
  type OutboxRecord,
} from '#shared/events'
import type { Logger } from '#shared/observability'
import { DeliveryInterrupted, deliverCounted, type Subscriber } from './delivery.ts'
import { createKeyedQueue } from './keyed-queue.ts'
import type { TriggerMetrics } from './metrics.ts'
import { type ParkedEvent, sequencedDelivery } from './parking.ts'
import { InOrderProgress, PROGRESS_WINDOW } from './progress.ts'
import type { Publisher } from './relay.ts'

/**
 * The partitions a topic is made with: its `topic.json` beside its events.proto (generated into
 * `#proto`), else DEFAULT_TOPIC_PARTITIONS. Consumers of one function in parallel, at most.
 */
export function partitionsOf(topic: string): number {
  return PARTITIONS_BY_TOPIC[topic] ?? DEFAULT_TOPIC_PARTITIONS
}

/**
 * Kafka's answers while a broker warms up, a topic gets its leaders or a group forms (Kafka's
 * own texts for its retriable coordinator and leadership errors, and a group's rebalance).
 * KafkaJS logs each such answer as an error and then retries: they are expected, not errors.
 */
const EXPECTED_WHILE_FORMING = [
  "The coordinator is loading and hence can't process requests",
  'The group coordinator is not available',
  'This is not the correct coordinator for this group',
  'There is no leader for this topic-partition',
  'This server is not the leader for that topic-partition',
  'This server does not host this topic-partition',
  'The group is rebalancing, so a rejoin is needed',
]

const expectedWhileForming = (fields: Record<string, unknown>) =>
  typeof fields.error === 'string' &&
  EXPECTED_WHILE_FORMING.some((text) => String(fields.error).startsWith(text))

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
        if (expectedWhileForming(fields)) kafkaLog.info(fields, message)
        else if (level <= logLevel.ERROR) kafkaLog.error(fields, message)
        else kafkaLog.warn(fields, message)
      },
  })
}

export interface TopicOptions {
  /** How long records are kept: KAFKA_TOPIC_RETENTION_MS. */
  retentionMs: number
  /** A topic's partitions, its dead-letter topic's too; `partitionsOf` unless told. */
  partitions?: (topic: string) => number
}

/**
 * Creates the topics and their dead-letter topics with their partitions, keeping records
 * `retentionMs`; existing ones are left as they are (partitions are never added: that would
 * move keys to other partitions and break their order).
 */
export async function ensureTopics(
  kafka: Kafka,
  topics: string[],
  { retentionMs, partitions = partitionsOf }: TopicOptions,
): Promise<void> {
  const admin = kafka.admin()
  await admin.connect()
  try {
    const existing = new Set(await admin.listTopics())
    const wanted = new Map(
      topics.flatMap((topic) => [
        [topic, partitions(topic)],
        [deadLetterTopic(topic), partitions(topic)],
      ]),
    )
    const missing = [...wanted].filter(([topic]) => !existing.has(topic))
    if (missing.length === 0) return
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map(([topic, numPartitions]) => ({
        topic,
        numPartitions,
        replicationFactor: 1,
        configEntries: [{ name: 'retention.ms', value: String(retentionMs) }],
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
  /** Where the function's parked keys are kept. */
  sql: Sql
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

/** The event type an envelope names, or nothing for a record that is no envelope. */
function typeOf(envelope: Uint8Array): string {
  try {
    return decodeEnvelope(envelope).type
  } catch {
    return ''
  }
}

/** The offsets of one partition taken from Kafka and not yet committed, in one generation. */
class PartitionProgress extends InOrderProgress<bigint> {
  /** The offset to commit next: one past the last of the finished run. */
  commitPoint: bigint | undefined

  constructor(readonly generation: number) {
    super()
  }

  /** Marks a record done; true when the commit point moved. */
  finishRecord(offset: bigint): boolean {
    const last = this.finish(offset).at(-1)
    if (last === undefined) return false
    this.commitPoint = last + 1n
    return true
  }
}

/**
 * The Kafka trigger of one event function, consumer group `fn.<name>`:
 * - records of a type the function does not take are passed over (done, not delivered);
 * - one key's records are handled one after another, in order; different keys side by side,
 *   at most `concurrency` at once, with no barrier between batches: a slow key holds only its
 *   own records, up to a window of uncommitted records per partition;
 * - the committed offset is the end of the finished run of each partition: a crash means
 *   redelivery of what was not finished, which handlers shrug off;
 * - a record is finished when handled or dead-lettered to `<topic>.dlq`; while the function is
 *   unavailable its delivery waits (and so, once the window fills, does the partition);
 * - it is ready while it is a member of its group, not while the group rebalances.
 */
export async function startKafkaTrigger(options: KafkaTriggerOptions): Promise<KafkaTrigger> {
  const { kafka, producer, subscriber, topic, log, metrics } = options
  const fn = subscriber.name
  const consumer: Consumer = kafka.consumer({
    groupId: consumerGroupOf(fn, options.groupPrefix),
    allowAutoTopicCreation: false,
  })
  const queue = createKeyedQueue(subscriber.concurrency)
  const delivery = await sequencedDelivery({
    sql: options.sql,
    subscriber,
    topic,
    metrics,
    log,
    queue,
    deliver: (event) =>
      deliverCounted(subscriber, event.envelope, {
        metrics,
        log,
        origin: { topic, ...event.position },
        running: () => !stopping,
      }),
    storeDeadLetter: (key, event, failure) => deadLetter(key, event, failure),
  })
  const partitions = new Map<number, PartitionProgress>()
  let generation = 0
  let joined = false
  let stopping = false
  consumer.on(consumer.events.GROUP_JOIN, () => {
    joined = true
  })
  consumer.on(consumer.events.REBALANCING, () => {
    // What was taken before belongs to the old assignment: its new owner (maybe us) starts
    // again from the committed offsets, so those records must neither commit nor wait.
    joined = false
    generation++
  })
  consumer.on(consumer.events.CRASH, () => {
    joined = false
  })

  /**
   * Commits per partition: one commit in flight, and at most one waiting behind it, which takes
   * the commit point as it is when its turn comes (everything finished meanwhile).
   */
  const committing = new Map<
    number,
    { waiting: boolean; progress: PartitionProgress; done: Promise<void> }
  >()
  function commit(partition: number, progress: PartitionProgress) {
    const previous = committing.get(partition)
    if (previous?.waiting) {
      previous.progress = progress
      return
    }
    const next = { waiting: true, progress, done: Promise.resolve() }
    next.done = (previous?.done ?? Promise.resolve()).then(async () => {
      next.waiting = false
      const offset = next.progress.commitPoint
      if (offset === undefined || next.progress.generation !== generation) return
      await consumer
        .commitOffsets([{ topic, partition, offset: offset.toString() }])
        .catch((error: Error) =>
          log.warn(
            { fn, partition, err: { message: error.message } },
            'commit failed; the next one covers it',
          ),
        )
    })
    committing.set(partition, next)
  }

  await consumer.connect()
  await consumer.subscribe({ topic, fromBeginning: true })
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    partitionsConsumedConcurrently: partitionsOf(topic),
    eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
      const { partition } = batch
      let progress = partitions.get(partition)
      if (progress?.generation !== generation) {
        progress = new PartitionProgress(generation)
        partitions.set(partition, progress)
      }
      const owned = progress
      const live = () => !stopping && isRunning() && !isStale() && owned.generation === generation
      for (const message of batch.messages) {
        while (live() && owned.inFlight >= PROGRESS_WINDOW) {
          await owned.settle(1000)
          await heartbeat()
        }
        if (!live()) return
        const offset = BigInt(message.offset)
        owned.take(offset)
        resolveOffset(message.offset)
        if (!subscriber.eventTypes.has(message.headers?.['mart-event-type']?.toString() ?? '')) {
          if (owned.finishRecord(offset)) commit(partition, owned)
          continue
        }
        const key = message.key?.toString() ?? ''
        const event: ParkedEvent = {
          eventId: message.headers?.['mart-event-id']?.toString() ?? randomUUID(),
          envelope: message.value ?? new Uint8Array(),
          position: { partition, offset: message.offset },
        }
        queue
          .push(key, async () => {
            if (live() && (await delivery.handle(key, event)) && owned.finishRecord(offset)) {
              commit(partition, owned)
            }
          })
          .catch((error: Error) =>
            log.error(
              { fn, key, err: { message: error.message } },
              'delivery failed: the key waits, uncommitted, for the trigger to start again',
            ),
          )
      }
    },
  })

  /**
   * Sends a dead letter to `<topic>.dlq`, again and again while Kafka refuses it: the record
   * is finished only once its dead letter is safely there.
   */
  async function deadLetter(
    key: string,
    event: ParkedEvent,
    failure: { reason: string; attempts: number },
  ) {
    const position = event.position
      ? {
          'dlq-original-partition': String(event.position.partition),
          'dlq-original-offset': event.position.offset,
        }
      : {}
    const message = {
      key,
      value: Buffer.from(event.envelope),
      headers: {
        'mart-event-id': event.eventId,
        'mart-event-type': typeOf(event.envelope),
        'dlq-reason': failure.reason,
        'dlq-attempts': String(failure.attempts),
        'dlq-consumer': fn,
        'dlq-original-topic': topic,
        ...position,
      },
    }
    for (;;) {
      const sent = await producer
        .send({ topic: deadLetterTopic(topic), acks: -1, messages: [message] })
        .then(
          () => true,
          (error: Error) => {
            log.warn({ fn, key, err: { message: error.message } }, 'dead letter not sent yet')
            return false
          },
        )
      if (sent) return
      if (stopping) throw new DeliveryInterrupted(`${fn} stopped before its dead letter was sent`)
      await sleep(1000)
    }
  }

  return {
    ready: () => joined,
    async stop() {
      // Take nothing new, let the deliveries in hand finish and commit them, then leave.
      stopping = true
      await delivery.stop()
      await queue
        .idle()
        .catch((error: Error) =>
          log.error({ fn, err: { message: error.message } }, 'a delivery failed while stopping'),
        )
      await Promise.all([...committing.values()].map((entry) => entry.done))
      await consumer.disconnect()
    },
  }
}
