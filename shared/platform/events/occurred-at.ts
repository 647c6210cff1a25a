import protobuf from 'protobufjs/minimal.js'
import { google } from '#proto/messages'

// `Envelope.occurred_at` (proto/mart/events/v1/envelope.proto): field 3, length-delimited.
const OCCURRED_AT_TAG = (3 << 3) | 2

/**
 * When the event in an envelope occurred (ms since the epoch), or undefined when it carries no
 * time or is no envelope. Reads that one field and skips the rest: a delivery already decodes
 * the envelope once, and counting its latency should not decode the payload a second time.
 */
export function occurredAtMs(envelope: Uint8Array): number | undefined {
  try {
    const reader = protobuf.Reader.create(envelope)
    while (reader.pos < reader.len) {
      const tag = reader.uint32()
      if (tag === OCCURRED_AT_TAG) {
        const { seconds, nanos } = google.protobuf.Timestamp.decode(reader, reader.uint32())
        return Number(seconds) * 1000 + Math.floor(nanos / 1_000_000)
      }
      reader.skipType(tag & 7)
    }
    return undefined
  } catch {
    return undefined
  }
}
