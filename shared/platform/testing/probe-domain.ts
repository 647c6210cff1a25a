import { randomUUID } from 'node:crypto'
import { UserRegistered } from '#proto'
import type { Sql } from '#shared/db'
import { encodeEnvelope } from '#shared/events'

/**
 * A stand-in domain for tests of delivery: `probe`, with its event tables and a table of what
 * its test function handled, in the order it did.
 */
export async function createProbeDomain(sql: Sql): Promise<void> {
  await sql`create schema probe`
  await sql`select public.create_event_tables('probe')`
  await sql`
    create table probe.handled (
      turn bigint generated always as identity,
      event_key text not null,
      place int not null
    )`
}

export interface NumberedEvent {
  eventId: string
  key: string
  envelope: Uint8Array
}

/** Event number `place` of `key`'s sequence: a UserRegistered whose name is its place. */
export function numberedEvent(key: string, place: number, source: string): NumberedEvent {
  const eventId = randomUUID()
  const envelope = encodeEnvelope({
    eventId,
    type: UserRegistered.type,
    occurredAt: new Date(),
    source,
    correlationId: eventId,
    causationId: '',
    payload: UserRegistered.encode({
      userId: key,
      email: `${key}@example.com`,
      name: String(place),
    }),
  })
  return { eventId, key, envelope }
}

/** Each key's places in the order the probe handled them. */
export async function handledPlaces(sql: Sql, keys: string[]): Promise<Map<string, number[]>> {
  const rows = await sql<{ eventKey: string; place: number }[]>`
    select event_key, place from probe.handled where event_key in ${sql(keys)} order by turn`
  const places = new Map<string, number[]>(keys.map((key) => [key, []]))
  for (const row of rows) places.get(row.eventKey)?.push(row.place)
  return places
}
