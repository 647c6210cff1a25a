import { z } from '@hono/zod-openapi'
import type { Sql, SqlFragment } from '#shared/db'
import { Problem } from './problem.ts'

/**
 * Keyset pagination. The cursor is opaque to clients: the position of the last item of the
 * previous page. `PageQuery` and its helpers page over (created_at, id), oldest first; a
 * `KeysetOrder` pages over any sort key and direction, with the id breaking ties.
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

function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url')
}

function decodeCursor(text: string): unknown {
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
}

/** A cursor string that decodes to `position`, else a 400 on the cursor field. */
function cursorOf<Position extends z.ZodType>(position: Position, maxLength: number) {
  return z
    .string()
    .max(maxLength)
    .transform((text, ctx) => {
      const decoded = position.safeParse(decodeCursor(text))
      if (decoded.success) return decoded.data as z.output<Position>
      ctx.addIssue({ code: 'custom', message: 'is not a cursor this API gave out' })
      return z.NEVER
    })
    .openapi({ type: 'string', description: 'The `nextCursor` of the previous page.' })
}

export const PageCursor = cursorOf(Position, 200)

/** `?limit=`: 1..100 items, 20 unless asked. */
export const PageLimit = z.coerce.number().int().min(1).max(100).default(20)

/** `?limit=&cursor=`: 1..100 items, 20 unless asked. */
export const PageQuery = z.strictObject({ limit: PageLimit, cursor: PageCursor.optional() })

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

// A type, not an interface, so that a page is a JSON value to Hono's typed answers.
export type Page<Item> = {
  items: Item[]
  nextCursor: string | null
}

/** The SQL select item that gives each row its position, as text so no precision is lost. */
export const positionColumn = (sql: Sql) => sql`${createdAtText(sql)} as position`

/** created_at to the microsecond, as text: a JS Date would lose the microseconds. */
const createdAtText = (sql: Sql) =>
  sql`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`

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
  return pageOf(rows, limit, (last) => [last.position, last.id], toItem)
}

function pageOf<Row, Item>(
  rows: Row[],
  limit: number,
  positionOf: (last: Row) => unknown,
  toItem: (row: Row) => Item,
): Page<Item> {
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  const nextCursor = rows.length > limit && last ? encodeCursor(positionOf(last)) : null
  return { items: page.map(toItem), nextCursor }
}

/**
 * Where a keyset page ends: the sort it was made for (a cursor of one sort means nothing to
 * another), the sort key as the database wrote it as text, and the id that breaks ties.
 */
const KeysetPosition = z.tuple([z.string().max(40), z.string().max(500), z.uuid()])
export type KeysetPosition = z.infer<typeof KeysetPosition>

export const KeysetCursor = cursorOf(KeysetPosition, 800)

/**
 * One way of ordering rows for keyset paging. The key travels through the cursor as text, so
 * `keyText` must render it exactly (no lost digits or microseconds) and `keyFromText` read that
 * text back as the key's type.
 */
export interface KeysetOrder {
  sort: string
  direction: 'asc' | 'desc'
  key: SqlFragment
  keyText: SqlFragment
  keyFromText(text: string): SqlFragment
  /** Whether a cursor's key text is one `keyText` could have written: else the query would fail. */
  isKey(text: string): boolean
}

/** A key of the rows' created_at, newest first: the usual order of an audit trail. */
export function newestFirst(sql: Sql, sort = '-createdAt'): KeysetOrder {
  return {
    sort,
    direction: 'desc',
    key: sql`created_at`,
    keyText: createdAtText(sql),
    keyFromText: (text) => sql`${text}::text::timestamptz`,
    isKey: isMicrosecondTime,
  }
}

/** An instant as `createdAtText` writes it, and one that exists (no 30th of February). */
function isMicrosecondTime(text: string): boolean {
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(text)) return false
  const time = new Date(text)
  return !Number.isNaN(time.getTime()) && time.toISOString().slice(0, 23) === text.slice(0, 23)
}

/** The select item that gives each row its sort key as text, read back by `toKeysetPage`. */
export const keysetColumn = (sql: Sql, order: KeysetOrder) => sql`${order.keyText} as sort_key`

/** The condition for rows after the cursor's position, in the order's direction. */
export function afterKeyset(
  sql: Sql,
  order: KeysetOrder,
  after: KeysetPosition | undefined,
  id: SqlFragment = sql`id`,
): SqlFragment {
  if (!after) return sql`true`
  const position = sql`(${order.keyFromText(after[1])}, ${after[2]}::uuid)`
  return order.direction === 'asc'
    ? sql`(${order.key}, ${id}) > ${position}`
    : sql`(${order.key}, ${id}) < ${position}`
}

/** `order by` the key, then the id, both in the order's direction. */
export function keysetOrderBy(sql: Sql, order: KeysetOrder, id: SqlFragment = sql`id`) {
  return order.direction === 'asc'
    ? sql`order by ${order.key} asc, ${id} asc`
    : sql`order by ${order.key} desc, ${id} desc`
}

/**
 * Refuses a cursor given out for another sort (its key would mean nothing in this order) or
 * one whose key was not written by this order (the query would fail on it).
 */
export function requireCursorOf(order: KeysetOrder, after: KeysetPosition | undefined): void {
  if (after === undefined || (after[0] === order.sort && order.isKey(after[1]))) return
  throw new Problem(400, 'invalid-request', 'the request has invalid fields', {
    errors: [{ path: 'query.cursor', message: `is not a cursor of the sort ${order.sort}` }],
  })
}

/** `limit + 1` rows with their `sortKey` into a page whose cursor carries the sort. */
export function toKeysetPage<Row extends { id: string; sortKey: string }, Item>(
  rows: Row[],
  limit: number,
  order: KeysetOrder,
  toItem: (row: Row) => Item,
): Page<Item> {
  return pageOf(rows, limit, (last) => [order.sort, last.sortKey, last.id], toItem)
}
