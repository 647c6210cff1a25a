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
  const letters: DeadLetter[] = []
  if (remaining.size === 0) return letters
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
          letters.push({
            eventId: decodeEnvelope(envelope).eventId,
            topic,
            key: message.key?.toString() ?? '',
            type: decodeEnvelope(envelope).type,
            consumer: header('dlq-consumer'),
            reason: header('dlq-reason'),
            attempts: Number(header('dlq-attempts')),
            envelope,
            position: `${partition}:${message.offset}`,
            replayed: false,
          })
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
  return letters
}

/**
 * Puts dead letters back in their domain's outbox (`mart.<domain>.v1`), so the relay sends
 * them again by the usual path. Every consumer of the topic sees them again; those that had
 * handled them already skip them, as they skip any redelivery.
 */
export async function replayDeadLetters(sql: Sql, letters: DeadLetter[]): Promise<void> {
  await sql.begin(async (tx) => {
    for (const letter of letters) {
      const domain = letter.topic.split('.')[1]
      if (!domain) throw new Error(`cannot tell the domain of topic ${letter.topic}`)
      await tx`
        insert into ${tx(domain)}.outbox (event_id, topic, event_key, event_type, envelope)
        values (${letter.eventId}, ${letter.topic}, ${letter.key}, ${letter.type}, ${Buffer.from(letter.envelope)})
        on conflict (event_id) do update set sent_at = null`
      await tx`update public.dead_letters set replayed_at = now() where event_id = ${letter.eventId}`
    }
  })
}
