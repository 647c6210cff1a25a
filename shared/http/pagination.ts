import { z } from '@hono/zod-openapi'
import type { Sql } from '#shared/db'

/**
 * Keyset pagination over (created_at, id), oldest first. The cursor is opaque to clients: the
 * position of the last item of the previous page, with created_at to the microsecond.
 */

/**
 * A position as this API gives them out: UTC (`Z`) to the microsecond. PostgreSQL holds
 * 4713 BC to 294276 AD but has no year 0, and takes offsets only up to ±15:59: in UTC, years
 * 0001 to 9999 (all a four-digit year can say, but 0000) are all timestamps it can hold.
 */
const PositionTime = z.iso
  .datetime({ precision: 6 })
  .refine((time) => !time.startsWith('0000-'), 'has a year PostgreSQL cannot hold')
const Position = z.tuple([PositionTime, z.uuid()])
export type PagePosition = z.infer<typeof Position>

function decodeCursor(text: string): unknown {
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
}

export const PageCursor = z
  .string()
  .max(200)
  .transform((text, ctx) => {
    const position = Position.safeParse(decodeCursor(text))
    if (position.success) return position.data
    ctx.addIssue({ code: 'custom', message: 'is not a cursor this API gave out' })
    return z.NEVER
  })
  .openapi({ type: 'string', description: 'The `nextCursor` of the previous page.' })

/** `?limit=&cursor=`: 1..100 items, 20 unless asked. */
export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: PageCursor.optional(),
})

/** A page of items and the cursor of the next one (null on the last page). */
export function pageSchema<Item extends z.ZodType>(item: Item, name: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z
        .string()
        .nullable()
        .openapi({ description: 'Pass as `cursor` for the next page.' }),
    })
    .openapi(name)
}

export interface Page<Item> {
  items: Item[]
  nextCursor: string | null
}

/** The SQL select item that gives each row its position, as text so no precision is lost. */
export const positionColumn = (sql: Sql) =>
  sql`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as position`

/**
 * The condition for rows after a position. It goes in as text: a timestamptz parameter would
 * pass through a JS Date in postgres.js and lose its microseconds, repeating the last row.
 */
export const afterPosition = (sql: Sql, after: PagePosition | undefined) =>
  after ? sql`(created_at, id) > (${after[0]}::text::timestamptz, ${after[1]}::uuid)` : sql`true`

/** Turns `limit + 1` rows into a page: the extra row only says that another page exists. */
export function toPage<Row extends { id: string; position: string }, Item>(
  rows: Row[],
  limit: number,
  toItem: (row: Row) => Item,
): Page<Item> {
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  const nextCursor =
    rows.length > limit && last
      ? Buffer.from(JSON.stringify([last.position, last.id])).toString('base64url')
      : null
  return { items: page.map(toItem), nextCursor }
}
