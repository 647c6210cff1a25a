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
 * Producers and handlers are typed by the definition, so no topic string is written twice,
 * and a handler of several types tells them apart by `type`.
 */
export interface EventDefinition<
  Type extends string = string,
  Properties = unknown,
  Decoded = unknown,
> {
  type: Type
  topic: string
  encode(payload: Properties): Uint8Array
  decode(bytes: Uint8Array): Decoded
}

/** Every definition is made by `npm run generate` (proto/gen/events.ts), type name included. */
export function defineEvent<Type extends string, Properties, Decoded>(
  type: Type,
  message: ProtoMessage<Properties, Decoded>,
): EventDefinition<Type, Properties, Decoded> {
  if (message.getTypeUrl('') !== `/${type}`) {
    throw new Error(`${type} is not the message's name (${message.getTypeUrl('')})`)
  }
  return {
    type,
    topic: type.slice(0, type.lastIndexOf('.')),
    encode: (payload) => message.encode(payload).finish(),
    decode: (bytes) => message.decode(bytes),
  }
}

export const deadLetterTopic = (topic: string) => `${topic}.dlq`

/** Partitions of a topic that says nothing else (its topic.json): consumers in parallel, at most. */
export const DEFAULT_TOPIC_PARTITIONS = 3
