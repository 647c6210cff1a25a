import type { TransactionSql } from '#shared/db'

export interface AvailabilityFact {
  productId: string
  available: number
  version: number
}

/**
 * The availability read model: the latest stock level of each product. A level older than the
 * one kept (a replay, a rewind) changes nothing.
 */
export async function recordAvailability(tx: TransactionSql, fact: AvailabilityFact) {
  await tx`
    insert into catalog.availability (product_id, available, version)
    values (${fact.productId}, ${fact.available}, ${fact.version})
    on conflict (product_id) do update
      set available = excluded.available, version = excluded.version, updated_at = now()
      where catalog.availability.version < excluded.version`
}
