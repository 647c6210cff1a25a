import { mart } from '#proto/messages'

/** An event as it travels: the envelope's fields, with the payload still encoded. */
export interface EventEnvelope {
  eventId: string
  type: string
  occurredAt: Date
  source: string
  correlationId: string
  /** The event whose handling caused this one; empty when a request did. */
  causationId: string
  payload: Uint8Array
}

const { Envelope } = mart.events.v1

export function encodeEnvelope(event: EventEnvelope): Uint8Array {
  const millis = event.occurredAt.getTime()
  return Envelope.encode({
    eventId: event.eventId,
    type: event.type,
    occurredAt: { seconds: Math.floor(millis / 1000), nanos: (millis % 1000) * 1_000_000 },
    source: event.source,
    correlationId: event.correlationId,
    payload: event.payload,
    causationId: event.causationId,
  }).finish()
}

export function decodeEnvelope(bytes: Uint8Array): EventEnvelope {
  const envelope = Envelope.decode(bytes)
  const seconds = Number(envelope.occurredAt?.seconds ?? 0)
  const nanos = envelope.occurredAt?.nanos ?? 0
  return {
    eventId: envelope.eventId,
    type: envelope.type,
    occurredAt: new Date(seconds * 1000 + Math.floor(nanos / 1_000_000)),
    source: envelope.source,
    correlationId: envelope.correlationId,
    causationId: envelope.causationId,
    payload: envelope.payload,
  }
}
