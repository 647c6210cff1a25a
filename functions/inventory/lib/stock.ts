import { StockLevelChanged, StockLow } from '#proto'
import type { Sql, TransactionSql } from '#shared/db'
import { type EventOrigin, recordEvent } from '#shared/events'
import {
  afterKeyset,
  type KeysetPosition,
  keysetColumn,
  keysetOrderBy,
  newestFirst,
  type Page,
  requireCursorOf,
  toKeysetPage,
} from '#shared/http'
import { refusedChange } from './problems.ts'
import type { Adjustment, StockLevel } from './schemas.ts'

interface StockRow {
  productId: string
  onHand: number
  reserved: number
  lowStockThreshold: number
  version: number
}

function toStockLevel({ version: _version, ...row }: StockRow): StockLevel {
  return { ...row, available: row.onHand - row.reserved }
}

/** Low means no more available than the threshold; with a threshold of 0, sold out. */
const isLow = (row: StockRow) => row.onHand - row.reserved <= row.lowStockThreshold

export async function findStock(sql: Sql, productId: string): Promise<StockLevel | undefined> {
  const [row] = await sql<StockRow[]>`
    select product_id, on_hand, reserved, low_stock_threshold, version
    from inventory.stock where product_id = ${productId}`
  return row && toStockLevel(row)
}

/** Whether nobody has set or changed the product's stock yet (a row at 0 may exist). */
export async function stockUntouched(sql: Sql, productId: string): Promise<boolean> {
  const [row] = await sql`
    select 1 from inventory.stock where product_id = ${productId} and version > 0`
  return row === undefined
}

/** A stock row at 0 for a product, unless one exists (set by a PUT that came first). */
export async function ensureStock(tx: TransactionSql, productId: string): Promise<void> {
  await tx`insert into inventory.stock (product_id) values (${productId}) on conflict do nothing`
}

export type StockChange =
  | { kind: 'set'; onHand: number; lowStockThreshold: number }
  | { kind: 'adjust'; delta: number; reason: string }

export const MAX_ON_HAND = 1_000_000_000

/**
 * Changes a product's stock under its row lock, so concurrent changes apply one after another
 * and never see stale counts; keeps the change in the audit trail and records
 * StockLevelChanged, and StockLow when available stock crosses the threshold downwards.
 * Refuses a change that would take on hand below what is reserved or zero, or over the cap.
 */
export async function changeStock(
  tx: TransactionSql,
  productId: string,
  change: StockChange,
  actorId: string | null,
  origin: EventOrigin,
): Promise<StockLevel | 'no-stock' | 'too-little' | 'too-much'> {
  if (change.kind === 'set') await ensureStock(tx, productId)
  const [before] = await tx<StockRow[]>`
    select product_id, on_hand, reserved, low_stock_threshold, version
    from inventory.stock where product_id = ${productId} for update`
  if (!before) return 'no-stock'
  const onHand = change.kind === 'set' ? change.onHand : before.onHand + change.delta
  if (onHand < before.reserved) return 'too-little'
  if (onHand > MAX_ON_HAND) return 'too-much'
  const threshold = change.kind === 'set' ? change.lowStockThreshold : before.lowStockThreshold
  const [after] = await tx<StockRow[]>`
    update inventory.stock
    set on_hand = ${onHand}, low_stock_threshold = ${threshold}, version = version + 1,
        updated_at = now()
    where product_id = ${productId}
    returning product_id, on_hand, reserved, low_stock_threshold, version`
  if (!after) throw new Error(`the locked stock row of ${productId} is gone`)
  const delta = onHand - before.onHand
  const reason = change.kind === 'set' ? 'stock count set' : change.reason
  if (delta !== 0) {
    await tx`
      insert into inventory.adjustments (product_id, delta, reason, on_hand_after, actor_id)
      values (${productId}, ${delta}, ${reason}, ${onHand}, ${actorId})`
  }
  const level = toStockLevel(after)
  await recordEvent(tx, StockLevelChanged, {
    key: productId,
    payload: { ...level, version: after.version, delta, reason },
    origin,
  })
  if (isLow(after) && !isLow(before)) {
    await recordEvent(tx, StockLow, {
      key: productId,
      payload: { productId, available: level.available, lowStockThreshold: threshold },
      origin,
    })
  }
  return level
}

/** A change in a transaction of its own; a refused one is the caller's 404 or 409. */
export async function applyStockChange(
  sql: Sql,
  productId: string,
  change: StockChange,
  actorId: string,
  origin: EventOrigin,
): Promise<StockLevel> {
  const level = await sql.begin((tx) => changeStock(tx, productId, change, actorId, origin))
  if (typeof level === 'string') throw refusedChange(level)
  return level
}

interface AdjustmentRow {
  id: string
  delta: number
  reason: string
  onHandAfter: number
  actorId: string | null
  createdAt: Date
  sortKey: string
}

/** A product's changes, newest first, a page at a time. */
export async function listAdjustments(
  sql: Sql,
  productId: string,
  limit: number,
  after: KeysetPosition | undefined,
): Promise<Page<Adjustment>> {
  const order = newestFirst(sql)
  requireCursorOf(order, after)
  const rows = await sql<AdjustmentRow[]>`
    select id, delta, reason, on_hand_after, actor_id, created_at, ${keysetColumn(sql, order)}
    from inventory.adjustments
    where product_id = ${productId} and ${afterKeyset(sql, order, after)}
    ${keysetOrderBy(sql, order)}
    limit ${limit + 1}`
  return toKeysetPage(rows, limit, order, ({ actorId, createdAt, sortKey: _key, ...row }) => ({
    ...row,
    by: actorId,
    createdAt: createdAt.toISOString(),
  }))
}
