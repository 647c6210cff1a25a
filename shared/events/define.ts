import type { Writer } from 'protobufjs/minimal.js'

/** What protobufjs generates for each message: encode, decode and its type URL. */
export interface ProtoMessage<Properties, Decoded> {
  encode(message: Properties): Writer
  decode(bytes: Uint8Array): Decoded
  getTypeUrl(prefix?: string): string
}

/**
 * An event, defined once from its Protobuf message: the type name is the message's full
 * name, and the topic is its package (`mart.users.v1.UserRegistered` → `mart.users.v1`).
 * Producers and handlers are typed by the definition, so no topic string is written twice.
 */
export interface EventDefinition<Properties = unknown, Decoded = unknown> {
  type: string
  topic: string
  encode(payload: Properties): Uint8Array
  decode(bytes: Uint8Array): Decoded
}

export function defineEvent<Properties, Decoded>(
  message: ProtoMessage<Properties, Decoded>,
): EventDefinition<Properties, Decoded> {
  const type = message.getTypeUrl('').replace(/^\//, '')
  const topic = type.slice(0, type.lastIndexOf('.'))
  return {
    type,
    topic,
    encode: (payload) => message.encode(payload).finish(),
    decode: (bytes) => message.decode(bytes),
  }
}

export const deadLetterTopic = (topic: string) => `${topic}.dlq`
