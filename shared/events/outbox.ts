import { randomUUID } from 'node:crypto'
import type { TransactionSql } from '#shared/db'
import type { EventDefinition } from './define.ts'
import { encodeEnvelope } from './envelope.ts'

/** Where an event comes from: the function, its domain, and the request it was caused by. */
export interface EventOrigin {
  /** The domain whose outbox takes the event: the recording function's own. */
  domain: string
  source: string
  correlationId: string
  /** The event whose handling records this one (an event function's origin has it). */
  causationId?: string
}

/** A deployable's domain, the first part of its name: `users-register` → `users`. */
export const domainOf = (functionName: string): string =>
  functionName.slice(0, functionName.indexOf('-'))

/** The origin of events recorded while handling a request: this function, this request id. */
export function eventOrigin(c: { var: { functionName: string; requestId: string } }): EventOrigin {
  const source = c.var.functionName
  return { domain: domainOf(source), source, correlationId: c.var.requestId }
}

export interface NewEvent<Properties> {
  /** The aggregate id: one key's events keep their order all the way to the handlers. */
  key: string
  payload: Properties
  origin: EventOrigin
}

/**
 * Writes an event to the outbox of the origin's domain, inside the caller's transaction: the
 * event exists exactly when the change it describes does. The relay publishes it after the
 * commit.
 */
export async function recordEvent<Properties>(
  tx: TransactionSql,
  event: EventDefinition<string, Properties>,
  { key, payload, origin }: NewEvent<Properties>,
): Promise<string> {
  const eventId = randomUUID()
  const envelope = encodeEnvelope({
    eventId,
    type: event.type,
    occurredAt: new Date(),
    source: origin.source,
    correlationId: origin.correlationId,
    causationId: origin.causationId ?? '',
    payload: event.encode(payload),
  })
  await tx`
    insert into ${tx(origin.domain)}.outbox (event_id, topic, event_key, event_type, envelope)
    values (${eventId}, ${event.topic}, ${key}, ${event.type}, ${Buffer.from(envelope)})`
  return eventId
}

/** An outbox row on its way out. */
export interface OutboxRecord {
  id: string
  domain: string
  eventId: string
  topic: string
  key: string
  type: string
  envelope: Uint8Array
  createdAt: Date
}
