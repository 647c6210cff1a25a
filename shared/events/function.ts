import type { OpenAPIHono } from '@hono/zod-openapi'
import type { TransactionSql } from '#shared/db'
import { createFunctionApp, type FunctionRuntime, Problem, type ReadinessCheck } from '#shared/http'
import type { EventDefinition } from './define.ts'
import { domainOf, type EventOrigin } from './outbox.ts'

/** How a failing (5xx) delivery is retried before it is dead-lettered. */
export interface RetryPolicy {
  attempts: number
  initialDelayMs: number
  maxDelayMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, initialDelayMs: 200, maxDelayMs: 10_000 }

/** How many keys of one function's events are in flight at once, by default. */
export const DEFAULT_CONCURRENCY = 8

export interface EventManifest {
  kind: 'event'
  /** `<domain>-on-<event>`; its consumer group is `fn.<name>`. */
  name: string
  /** The domain whose schema holds `processed_events` and the handler's effects. */
  domain: string
  topic: string
  /** The event types it takes: the triggers deliver these and no other. */
  eventTypes: string[]
  retry: RetryPolicy
  /** Keys in flight at once; one key's events are always handled one after another. */
  concurrency: number
}

/** An event as a handler sees it: the envelope's facts and the decoded payload. */
export interface ReceivedEvent<Type extends string = string, Payload = unknown> {
  id: string
  type: Type
  source: string
  occurredAt: Date
  correlationId: string
  /** The id of the event whose handling recorded this one, if any. */
  causationId: string
  payload: Payload
}

/** One received event per subscribed definition: a union the handler narrows by `type`. */
export type ReceivedEventOf<Events extends readonly EventDefinition[]> = {
  [Index in keyof Events]: Events[Index] extends EventDefinition<infer Type, unknown, infer Decoded>
    ? ReceivedEvent<Type, Decoded>
    : never
}[number]

export interface EventHandlerContext {
  tx: TransactionSql
  runtime: FunctionRuntime
  /** The origin of events the handler records: this function, carrying the event's story on. */
  origin: EventOrigin
}

export interface EventFunction {
  manifest: EventManifest
  /** `triggerReady` tells /readyz whether the trigger feeding this function has joined its group. */
  createApp(runtime: FunctionRuntime, triggerReady?: ReadinessCheck): OpenAPIHono
}

export interface EventFunctionDefinition<Events extends readonly EventDefinition[]> {
  name: string
  /** The event types it takes, all of one topic. */
  events: Events
  retry?: Partial<RetryPolicy>
  concurrency?: number
  /** Runs inside the transaction that also records the event as processed. */
  handle(event: ReceivedEventOf<Events>, context: EventHandlerContext): Promise<void>
}

// Only a well-formed UUID: anything else would fail in processed_events as a 500, and be retried.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Defines an event function: a Hono app taking its event types as binary-mode CloudEvents
 * (`POST /`, `ce-*` headers, Protobuf body), the Knative Eventing contract. 2xx = done,
 * 4xx = poison, 5xx = retry. Each event id is handled once: the toolkit records it in the
 * domain's `processed_events` in the same transaction as the handler's effects, and as the
 * events the handler records.
 */
export function defineEventFunction<const Events extends readonly EventDefinition[]>(
  definition: EventFunctionDefinition<Events>,
): EventFunction {
  const byType = new Map<string, EventDefinition>(
    definition.events.map((event) => [event.type, event]),
  )
  const topics = new Set(definition.events.map((event) => event.topic))
  const [topic] = topics
  if (topic === undefined || topics.size > 1) {
    throw new Error(
      `${definition.name} must take events of one topic, not ${[...topics].join(', ') || 'none'}`,
    )
  }
  const domain = domainOf(definition.name)
  const manifest: EventManifest = {
    kind: 'event',
    name: definition.name,
    domain,
    topic,
    eventTypes: [...byType.keys()],
    retry: { ...DEFAULT_RETRY, ...definition.retry },
    concurrency: definition.concurrency ?? DEFAULT_CONCURRENCY,
  }
  const takes = manifest.eventTypes.join(', ')
  return {
    manifest,
    createApp(runtime, triggerReady = () => true) {
      const app = createFunctionApp(manifest.name, takes, runtime, { trigger: triggerReady })
      app.post('/', async (c) => {
        const header = (name: string) => c.req.header(name) ?? ''
        if (header('ce-specversion') !== '1.0') {
          throw new Problem(400, 'not-a-cloud-event', 'ce-specversion must be 1.0')
        }
        const type = header('ce-type')
        const event = byType.get(type)
        if (!event) throw new Problem(400, 'wrong-event-type', `this function takes ${takes} only`)
        const id = header('ce-id')
        if (!UUID.test(id)) throw new Problem(400, 'bad-event-id', 'ce-id must be a UUID')
        const occurredAt = new Date(header('ce-time'))
        if (Number.isNaN(occurredAt.getTime())) {
          throw new Problem(400, 'bad-event-time', 'ce-time must be an RFC 3339 time')
        }
        let payload: unknown
        try {
          payload = event.decode(new Uint8Array(await c.req.arrayBuffer()))
        } catch {
          throw new Problem(400, 'undecodable-event', `the body is not a ${type}`)
        }
        const correlationId = header('ce-correlationid')
        // The payload was decoded by the definition whose type it carries: the union holds.
        const received = {
          id,
          type,
          source: header('ce-source'),
          occurredAt,
          correlationId,
          causationId: header('ce-causationid'),
          payload,
        } as ReceivedEventOf<Events>
        const origin: EventOrigin = {
          domain,
          source: manifest.name,
          correlationId,
          causationId: id,
        }
        const handled = await runtime.sql.begin(async (tx) => {
          const [first] = await tx`
            insert into ${tx(domain)}.processed_events (consumer, event_id)
            values (${manifest.name}, ${id})
            on conflict do nothing
            returning event_id`
          if (!first) return false
          await definition.handle(received, { tx, runtime, origin })
          return true
        })
        return c.json({ status: handled ? 'handled' : 'already handled' }, 200)
      })
      return app
    },
  }
}
