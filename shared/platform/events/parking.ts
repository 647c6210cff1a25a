import { setTimeout as sleep } from 'node:timers/promises'
import type { Sql } from '#shared/db'
import type { Logger } from '#shared/observability'
import { DeliveryInterrupted, type DeliveryOutcome, type Subscriber } from './delivery.ts'
import type { KeyedQueue } from './keyed-queue.ts'
import type { TriggerMetrics } from './metrics.ts'

/** An event as parking keeps it: its id and its envelope's bytes. */
export interface ParkedEvent {
  eventId: string
  envelope: Uint8Array
  /** Where a trigger read it, when it did (a Kafka partition and offset), for its dead letter. */
  position?: { partition: number; offset: string }
}

export type Release = 'replay' | 'drop'

export interface Parking {
  /** Whether the key waits behind a dead letter. */
  isParked(key: string): boolean
  /**
   * Reads the parked keys again (another replica may have parked one of ours before), and
   * returns those an operator released (dlq:replay or dlq:drop) and not yet let go.
   */
  refresh(): Promise<{ key: string; release: Release }[]>
  /** The keys parked now: for the metric. */
  size(): number
  /** Parks the key behind its dead-lettered event. */
  park(key: string, deadLetter: ParkedEvent, reason: string): Promise<void>
  /** Keeps an event of a parked key, behind those already waiting. */
  hold(key: string, event: ParkedEvent): Promise<void>
  /**
   * Lets a released key go: the dead letter again first (replay) or not (drop), then every
   * held event in order. The first that fails becomes the key's dead letter (`onDead` stores
   * it), and the rest stay parked behind it. Resolves to whether the key is free.
   */
  letGo(
    key: string,
    deliver: (event: ParkedEvent) => Promise<DeliveryOutcome>,
    onDead: (event: ParkedEvent, reason: string) => Promise<void>,
  ): Promise<boolean>
}

/**
 * Parking of one consumer on one topic: the Axon-style sequenced dead-letter queue. The parked
 * keys are kept in PostgreSQL (both modes), and known in memory so that each delivery asks
 * nothing of the database.
 */
export async function openParking(sql: Sql, consumer: string, topic: string): Promise<Parking> {
  const parked = new Set<string>()
  const refresh = async () => {
    const rows = await sql<{ eventKey: string; release: Release | null }[]>`
      select event_key, release from public.parked_keys
      where consumer = ${consumer} and topic = ${topic}`
    parked.clear()
    for (const row of rows) parked.add(row.eventKey)
    return rows.flatMap(({ eventKey, release }) => (release ? [{ key: eventKey, release }] : []))
  }
  await refresh()
  return {
    isParked: (key) => parked.has(key),
    refresh,
    size: () => parked.size,
    async park(key, deadLetter, reason) {
      await sql`
        insert into public.parked_keys (consumer, topic, event_key, event_id, envelope, reason)
        values (${consumer}, ${topic}, ${key}, ${deadLetter.eventId},
                ${Buffer.from(deadLetter.envelope)}, ${reason})`
      parked.add(key)
    },
    async hold(key, event) {
      await sql`
        insert into public.parked_events (consumer, topic, event_key, event_id, envelope)
        values (${consumer}, ${topic}, ${key}, ${event.eventId}, ${Buffer.from(event.envelope)})`
    },
    async letGo(key, deliver, onDead) {
      const [head] = await sql<
        { eventId: string; envelope: Uint8Array; release: Release | null }[]
      >`
        select event_id, envelope, release from public.parked_keys
        where consumer = ${consumer} and topic = ${topic} and event_key = ${key}`
      if (!head?.release) return !parked.has(key)
      const reparkBehind = async (event: ParkedEvent, reason: string, heldId?: string) => {
        await sql.begin(async (tx) => {
          await tx`
            update public.parked_keys
            set event_id = ${event.eventId}, envelope = ${Buffer.from(event.envelope)},
                reason = ${reason}, release = null, parked_at = now()
            where consumer = ${consumer} and topic = ${topic} and event_key = ${key}`
          if (heldId) await tx`delete from public.parked_events where id = ${heldId}`
        })
        await onDead(event, reason)
        return false
      }
      if (head.release === 'replay') {
        const outcome = await deliver(head)
        if (!outcome.delivered) return reparkBehind(head, outcome.reason)
      }
      const held = await sql<{ id: string; eventId: string; envelope: Uint8Array }[]>`
        select id, event_id, envelope from public.parked_events
        where consumer = ${consumer} and topic = ${topic} and event_key = ${key} order by id`
      for (const event of held) {
        const outcome = await deliver(event)
        if (!outcome.delivered) return reparkBehind(event, outcome.reason, event.id)
        await sql`delete from public.parked_events where id = ${event.id}`
      }
      await sql`
        delete from public.parked_keys
        where consumer = ${consumer} and topic = ${topic} and event_key = ${key}`
      parked.delete(key)
      return true
    },
  }
}

export interface SequencedDeliveryOptions {
  sql: Sql
  subscriber: Subscriber
  topic: string
  metrics: TriggerMetrics
  log: Logger
  /** The trigger's queue: a released key's turn comes in it, after what is queued for the key. */
  queue: KeyedQueue
  /** Delivers one event; throws DeliveryInterrupted when the trigger stops meanwhile. */
  deliver(event: ParkedEvent): Promise<DeliveryOutcome>
  /** Stores a dead letter where operators see it (a `.dlq` topic, the dead_letters table). */
  storeDeadLetter(
    key: string,
    event: ParkedEvent,
    failure: { reason: string; attempts: number },
  ): Promise<void>
  /** How often to look for keys an operator released. */
  pollMs?: number
}

export interface SequencedDelivery {
  /** Handles one record in its key's turn; false when the trigger stopped before it was done. */
  handle(key: string, event: ParkedEvent): Promise<boolean>
  stop(): Promise<void>
}

/**
 * Delivery that keeps a key's order past a dead letter, both modes alike: a dead-lettered event
 * parks its key, the key's later events wait behind it, and a released key's events go out in
 * order in the key's own turn (the Axon sequenced dead-letter queue).
 */
export async function sequencedDelivery(
  options: SequencedDeliveryOptions,
): Promise<SequencedDelivery> {
  const { subscriber, metrics, queue } = options
  const fn = subscriber.name
  const parking = await openParking(options.sql, fn, options.topic)
  const showParked = () => metrics.parkedKeys.set({ fn }, parking.size())
  showParked()
  const deadLetter = async (key: string, event: ParkedEvent, reason: string) => {
    await options.storeDeadLetter(key, event, { reason, attempts: subscriber.retry.attempts })
  }
  const releasing = new Set<string>()
  let running = true

  async function watch() {
    while (running) {
      await sleep(options.pollMs ?? 1000)
      if (!running) break
      try {
        for (const { key } of await parking.refresh()) {
          if (releasing.has(key)) continue
          releasing.add(key)
          queue
            .push(key, async () => {
              await parking
                .letGo(key, options.deliver, (event, reason) => deadLetter(key, event, reason))
                .catch((error: unknown) => {
                  if (!(error instanceof DeliveryInterrupted)) throw error
                })
            })
            .catch((error: Error) =>
              options.log.warn(
                { fn, key, err: { message: error.message } },
                'parked key not let go; trying again',
              ),
            )
            .finally(() => {
              releasing.delete(key)
              showParked()
            })
        }
        showParked()
      } catch (error) {
        options.log.warn(
          { fn, err: { message: (error as Error).message } },
          'parked keys not read; trying again',
        )
      }
    }
  }
  const watching = watch()

  return {
    async handle(key, event) {
      try {
        if (parking.isParked(key)) {
          await parking.hold(key, event)
          return true
        }
        const outcome = await options.deliver(event)
        if (!outcome.delivered) {
          await options.storeDeadLetter(key, event, outcome)
          await parking.park(key, event, outcome.reason)
          showParked()
        }
        return true
      } catch (error) {
        if (error instanceof DeliveryInterrupted) return false
        throw error
      }
    },
    async stop() {
      running = false
      await watching
    },
  }
}
