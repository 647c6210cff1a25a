import type { EventEnvelope } from './envelope.ts'

export const CLOUD_EVENT_CONTENT_TYPE = 'application/protobuf'

/**
 * The binary-mode CloudEvent for an envelope: `ce-*` headers, Protobuf payload as body. The
 * triggers deliver events this way, and tests hand them to a function the same way.
 */
export function cloudEventRequest(envelope: EventEnvelope): Request {
  return new Request('http://event-function/', {
    method: 'POST',
    headers: {
      'content-type': CLOUD_EVENT_CONTENT_TYPE,
      'ce-specversion': '1.0',
      'ce-id': envelope.eventId,
      'ce-type': envelope.type,
      'ce-source': envelope.source,
      'ce-time': envelope.occurredAt.toISOString(),
      'ce-correlationid': envelope.correlationId,
      'ce-causationid': envelope.causationId,
      'x-request-id': envelope.correlationId,
    },
    body: envelope.payload,
  })
}
