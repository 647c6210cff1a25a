import type { Sql } from '#shared/db'
import type { OutboxRecord } from '#shared/events'
import type { Logger } from '#shared/observability'
import { deliverCounted, type Subscriber } from './delivery.ts'
import { createKeyedQueue } from './keyed-queue.ts'
import type { TriggerMetrics } from './metrics.ts'
import type { Publisher } from './relay.ts'

export interface InProcessTriggerOptions {
  sql: Sql
  log: Logger
  metrics: TriggerMetrics
  /** Event functions by the topic they consume. */
  subscribers: Map<string, Subscriber[]>
}

/**
 * Embedded mode (no KAFKA_BROKERS): the relay hands each outbox row's Protobuf bytes straight
 * to the event functions, in order per key, with Kafka's delivery rules; dead letters go to the
 * `public.dead_letters` table instead of a `.dlq` topic.
 */
export function createInProcessTrigger(options: InProcessTriggerOptions): Publisher {
  const { sql, log, metrics } = options
  return {
    async publish(records: OutboxRecord[]) {
      for (const subscriber of new Set([...options.subscribers.values()].flat())) {
        const mine = records.filter(
          (record) =>
            subscriber.eventTypes.has(record.type) &&
            options.subscribers.get(record.topic)?.includes(subscriber),
        )
        const queue = createKeyedQueue(subscriber.concurrency)
        for (const record of mine) queue.push(record.key, () => handOver(subscriber, record))
        await queue.idle()
      }
    },
  }

  async function handOver(subscriber: Subscriber, record: OutboxRecord) {
    const outcome = await deliverCounted(subscriber, record.envelope, {
      metrics,
      log,
      origin: { eventId: record.eventId, topic: record.topic },
    })
    if (outcome.delivered) return
    await sql`
      insert into public.dead_letters
        (event_id, topic, event_key, consumer, reason, attempts, envelope)
      values (${record.eventId}, ${record.topic}, ${record.key}, ${subscriber.name},
              ${outcome.reason}, ${outcome.attempts}, ${Buffer.from(record.envelope)})`
  }
}
