/**
 * The platform's housekeeping of the event tables: sent outbox rows, old processed-event
 * records and replayed dead letters are deleted once older than their retention
 * (`EventRetentionConfig`). It keeps tables the platform defines for every domain, never a
 * domain's own data (docs/adr/0010-scheduled-functions.md).
 */
import { EventRetentionConfig, readConfig } from '#shared/config'
import type { Sql } from '#shared/db'
import { defineScheduledFunction } from '#shared/schedule'

export interface PurgedRows {
  outbox: number
  processedEvents: number
  deadLetters: number
}

/** Deletes what is older than its retention, in every domain; returns how many rows went. */
export async function purgeEventTables(
  sql: Sql,
  retention: EventRetentionConfig,
): Promise<PurgedRows> {
  const before = (hours: number) => sql`now() - ${hours}::float8 * interval '1 hour'`
  const tables = await sql<{ tableSchema: string; tableName: 'outbox' | 'processed_events' }[]>`
    select table_schema, table_name from information_schema.tables
    where table_name in ('outbox', 'processed_events') and table_schema <> 'public'
    order by table_schema, table_name`
  const purged: PurgedRows = { outbox: 0, processedEvents: 0, deadLetters: 0 }
  for (const { tableSchema, tableName } of tables) {
    if (tableName === 'outbox') {
      const { count } = await sql`
        delete from ${sql(tableSchema)}.outbox
        where sent_at < ${before(retention.OUTBOX_RETENTION_HOURS)}`
      purged.outbox += count
    } else {
      const { count } = await sql`
        delete from ${sql(tableSchema)}.processed_events
        where processed_at < ${before(retention.PROCESSED_EVENTS_RETENTION_HOURS)}`
      purged.processedEvents += count
    }
  }
  const { count } = await sql`
    delete from public.dead_letters
    where replayed_at < ${before(retention.DEAD_LETTERS_RETENTION_HOURS)}`
  purged.deadLetters = count
  return purged
}

// Read when the function is loaded: a bad setting stops the container (or npm start) at once.
const retention = readConfig(EventRetentionConfig)

export default defineScheduledFunction({
  name: 'event-housekeeping',
  schedule: '*/5 * * * *',
  async run({ runtime }) {
    const purged = await purgeEventTables(runtime.sql, retention)
    runtime.log.info({ purged }, 'event tables purged')
  },
})
