import type { Kafka } from 'kafkajs'
import type { Sql } from '#shared/db'
import { deadLetterTopic, decodeEnvelope } from '#shared/events'

/** A dead letter as an operator sees it, from the table (embedded mode) or the `.dlq` topic. */
export interface DeadLetter {
  eventId: string
  topic: string
  key: string
  type: string
  consumer: string
  reason: string
  attempts: number
  envelope: Uint8Array
  /** Table id (embedded mode) or partition:offset (Kafka). */
  position: string
  replayed: boolean
}

export async function deadLettersInTable(sql: Sql, topic: string): Promise<DeadLetter[]> {
  const rows = await sql<
    {
      id: string
      eventId: string
      eventKey: string
      consumer: string
      reason: string
      attempts: number
      envelope: Uint8Array
      replayedAt: Date | null
    }[]
  >`
    select id, event_id, event_key, consumer, reason, attempts, envelope, replayed_at
    from public.dead_letters where topic = ${topic} order by id`
  return rows.map((row) => ({
    eventId: row.eventId,
    topic,
    key: row.eventKey,
    type: decodeEnvelope(row.envelope).type,
    consumer: row.consumer,
    reason: row.reason,
    attempts: row.attempts,
    envelope: row.envelope,
    position: row.id,
    replayed: row.replayedAt !== null,
  }))
}

/** Reads the whole `<topic>.dlq` without joining any consumer group's offsets. */
export async function deadLettersOnKafka(kafka: Kafka, topic: string): Promise<DeadLetter[]> {
  const dlq = deadLetterTopic(topic)
  const admin = kafka.admin()
  await admin.connect()
  const ends = await admin.fetchTopicOffsets(dlq).finally(() => admin.disconnect())
  const remaining = new Map(
    ends
      .filter((end) => BigInt(end.high) > BigInt(end.low))
      .map((end) => [end.partition, BigInt(end.high)]),
  )
  // Delivery is at least once, for the trigger that wrote a letter and for this reader: a
  // rebalance can repeat a record. One event dead-lettered by one consumer is one letter.
  const letters = new Map<string, DeadLetter>()
  if (remaining.size === 0) return []
  const groupId = `admin.dlq-reader.${crypto.randomUUID()}`
  const consumer = kafka.consumer({ groupId })
  await consumer.connect()
  await consumer.subscribe({ topic: dlq, fromBeginning: true })
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          const header = (name: string) => message.headers?.[name]?.toString() ?? ''
          const envelope = message.value ?? Buffer.alloc(0)
          const { eventId, type } = decodeEnvelope(envelope)
          const consumer = header('dlq-consumer')
          const letter = `${consumer} ${eventId}`
          if (!letters.has(letter)) {
            letters.set(letter, {
              eventId,
              topic,
              key: message.key?.toString() ?? '',
              type,
              consumer,
              reason: header('dlq-reason'),
              attempts: Number(header('dlq-attempts')),
              envelope,
              position: `${partition}:${message.offset}`,
              replayed: false,
            })
          }
          if (BigInt(message.offset) + 1n >= (remaining.get(partition) ?? 0n))
            remaining.delete(partition)
          if (remaining.size === 0) resolve()
        },
      })
      .catch(reject)
  })
  await consumer.disconnect()
  // The reader's group is of no use once read: leave no trace of it on the broker.
  await admin.connect()
  await admin.deleteGroups([groupId]).finally(() => admin.disconnect())
  return [...letters.values()]
}

/** What parking says of a dead letter: whether its key waits behind it, and how many events. */
export interface Parked {
  /** Events of its key waiting behind it; undefined when its key is not parked behind it. */
  waiting: number | undefined
  /** An operator's release not yet carried out. */
  release: 'replay' | 'drop' | null
}

/** Parking's view of each dead letter, by event id. */
export async function parkingOf(sql: Sql, letters: DeadLetter[]): Promise<Map<string, Parked>> {
  const parked = new Map<string, Parked>()
  for (const letter of letters) {
    const [row] = await sql<{ waiting: number; release: 'replay' | 'drop' | null }[]>`
      select k.release, (select count(*)::int from public.parked_events e
                         where e.consumer = k.consumer and e.topic = k.topic
                           and e.event_key = k.event_key) as waiting
      from public.parked_keys k
      where k.consumer = ${letter.consumer} and k.topic = ${letter.topic}
        and k.event_id = ${letter.eventId}`
    parked.set(letter.eventId, { waiting: row?.waiting, release: row?.release ?? null })
  }
  return parked
}

/** Asks the consumer's trigger to release the key parked behind the letter; false if none is. */
async function release(sql: Sql, letter: DeadLetter, how: 'replay' | 'drop'): Promise<boolean> {
  const released = await sql`
    update public.parked_keys set release = ${how}
    where consumer = ${letter.consumer} and topic = ${letter.topic} and event_id = ${letter.eventId}
    returning event_key`
  if (released.length === 0) return false
  await sql`update public.dead_letters set replayed_at = now() where event_id = ${letter.eventId}`
  return true
}

export interface ReplayOptions {
  /** Whether a letter whose key is not parked goes back into its domain's outbox. */
  republish: boolean
  /** Called after each letter, for a progress bar. */
  onEach?: () => void
}

/**
 * Sends dead letters through again. A letter whose key is parked behind it is released to its
 * consumer's trigger, which delivers it and then the events waiting behind it, in order. With
 * `republish`, one whose key is not parked (older than parking, say) goes back into its
 * domain's outbox (`mart.<domain>.v1`), so the relay sends it again by the usual path; every
 * consumer of the topic sees it again, and those that handled it before skip it. Returns how
 * many went through again.
 */
export async function replayDeadLetters(
  sql: Sql,
  letters: DeadLetter[],
  { republish: republishUnparked, onEach }: ReplayOptions,
): Promise<number> {
  let replayed = 0
  for (const letter of letters) {
    if (await release(sql, letter, 'replay')) replayed++
    else if (republishUnparked) {
      await republish(sql, letter)
      replayed++
    }
    onEach?.()
  }
  return replayed
}

/**
 * Discards a dead letter: its consumer's trigger delivers the events parked behind it, in
 * order, and never this one. False when its key is not parked behind it.
 */
export function dropDeadLetter(sql: Sql, letter: DeadLetter): Promise<boolean> {
  return release(sql, letter, 'drop')
}

async function republish(sql: Sql, letter: DeadLetter): Promise<void> {
  const domain = letter.topic.split('.')[1]
  if (!domain) throw new Error(`cannot tell the domain of topic ${letter.topic}`)
  await sql.begin(async (tx) => {
    await tx`
      insert into ${tx(domain)}.outbox (event_id, topic, event_key, event_type, envelope)
      values (${letter.eventId}, ${letter.topic}, ${letter.key}, ${letter.type}, ${Buffer.from(letter.envelope)})
      on conflict (event_id) do update set sent_at = null`
    await tx`update public.dead_letters set replayed_at = now() where event_id = ${letter.eventId}`
  })
}
