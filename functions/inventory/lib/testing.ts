/** Test support for the inventory domain: what its outbox holds. Imported by tests only. */
import type { Sql } from '#shared/db'
import { decodeEnvelope } from '#shared/events'

/** The events the inventory outbox holds for a product, oldest first. */
export async function outboxEvents(sql: Sql, productId: string) {
  const rows = await sql<{ eventType: string; envelope: Uint8Array }[]>`
    select event_type, envelope from inventory.outbox where event_key = ${productId} order by id`
  return rows.map((row) => ({ type: row.eventType, payload: decodeEnvelope(row.envelope).payload }))
}
