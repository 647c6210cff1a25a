import type { Sql } from '#shared/db'
import type { OutboxRecord } from '#shared/events'
import type { Logger } from '#shared/observability'
import { DeliveryInterrupted, deliverCounted, type Subscriber } from './delivery.ts'
import { createKeyedQueue, type KeyedQueue } from './keyed-queue.ts'
import type { TriggerMetrics } from './metrics.ts'
import { type SequencedDelivery, sequencedDelivery } from './parking.ts'
import { PROGRESS_WINDOW } from './progress.ts'
import type { Publisher } from './relay.ts'

export interface InProcessTriggerOptions {
  sql: Sql
  log: Logger
  metrics: TriggerMetrics
  /** Event functions by the topic they consume. */
  subscribers: Map<string, Subscriber[]>
  /** How often parked keys released by an operator are looked for. */
  releasePollMs?: number
}

export interface InProcessTrigger extends Publisher {
  /** Stops looking for released keys; the relay stops first. */
  stop(): Promise<void>
}

interface Consumer {
  subscriber: Subscriber
  topic: string
  queue: KeyedQueue
  delivery: SequencedDelivery
}

/**
 * Embedded mode (no KAFKA_BROKERS): the relay hands each outbox row's Protobuf bytes straight
 * to the event functions that take its type, with Kafka's delivery rules: in order per key,
 * keys side by side up to each function's `concurrency`, and no barrier between batches (the
 * relay keeps up to PROGRESS_WINDOW rows in flight and marks the finished run at the front
 * sent). Dead letters go to the `public.dead_letters` table instead of a `.dlq` topic, and park
 * their key as with Kafka.
 */
export async function createInProcessTrigger(
  options: InProcessTriggerOptions,
): Promise<InProcessTrigger> {
  const { sql, log, metrics } = options
  const consumers: Consumer[] = []
  for (const [topic, subscribers] of options.subscribers) {
    for (const subscriber of subscribers) {
      const queue = createKeyedQueue(subscriber.concurrency)
      const delivery = await sequencedDelivery({
        sql,
        subscriber,
        topic,
        metrics,
        log,
        queue,
        ...(options.releasePollMs ? { pollMs: options.releasePollMs } : {}),
        deliver: (event) =>
          deliverCounted(subscriber, event.envelope, {
            metrics,
            log,
            origin: { eventId: event.eventId, topic },
          }),
        async storeDeadLetter(key, event, failure) {
          await sql`
            insert into public.dead_letters
              (event_id, topic, event_key, consumer, reason, attempts, envelope)
            values (${event.eventId}, ${topic}, ${key}, ${subscriber.name},
                    ${failure.reason}, ${failure.attempts}, ${Buffer.from(event.envelope)})`
        },
      })
      consumers.push({ subscriber, topic, queue, delivery })
    }
  }
  /** Delivers one record to every function that takes it, each in its key's turn. */
  async function deliverRecord(record: OutboxRecord) {
    const takers = consumers.filter(
      ({ subscriber, topic }) => record.topic === topic && subscriber.eventTypes.has(record.type),
    )
    await settleAll(
      takers.map(({ subscriber, queue, delivery }) =>
        queue.push(record.key, async () => {
          if (!(await delivery.handle(record.key, record))) {
            throw new DeliveryInterrupted(`${subscriber.name} stopped before the event was done`)
          }
        }),
      ),
    )
  }

  return {
    window: PROGRESS_WINDOW,
    async publish(records, sent) {
      await settleAll(records.map((record) => deliverRecord(record).then(() => sent?.(record))))
    },
    async stop() {
      await Promise.all(consumers.map(({ delivery }) => delivery.stop()))
      await Promise.all(consumers.map(({ queue }) => queue.idle()))
    },
  }
}

/**
 * Waits for every one, then throws the first failure: the relay reads the rest again only
 * once nothing it handed over is still running.
 */
async function settleAll(promises: Promise<unknown>[]): Promise<void> {
  const outcomes = await Promise.allSettled(promises)
  const failed = outcomes.find((outcome) => outcome.status === 'rejected')
  if (failed) throw failed.reason
}
