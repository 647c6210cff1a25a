import type { OpenAPIHono } from '@hono/zod-openapi'
import type { TransactionSql } from '#shared/db'
import { createFunctionApp, type FunctionRuntime, Problem, type ReadinessCheck } from '#shared/http'
import type { EventDefinition } from './define.ts'
import { domainOf } from './outbox.ts'

/** How a failing (5xx) delivery is retried before it is dead-lettered. */
export interface RetryPolicy {
  attempts: number
  initialDelayMs: number
  maxDelayMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, initialDelayMs: 200, maxDelayMs: 10_000 }

export interface EventManifest {
  kind: 'event'
  /** `<domain>-on-<event>`; its consumer group is `fn.<name>`. */
  name: string
  /** The domain whose schema holds `processed_events` and the handler's effects. */
  domain: string
  topic: string
  eventType: string
  retry: RetryPolicy
}

/** An event as a handler sees it: the envelope's facts and the decoded payload. */
export interface ReceivedEvent<Payload> {
  id: string
  type: string
  source: string
  occurredAt: Date
  correlationId: string
  payload: Payload
}

export interface EventHandlerContext {
  tx: TransactionSql
  runtime: FunctionRuntime
}

export interface EventFunction {
  manifest: EventManifest
  /** `triggerReady` tells /readyz whether the trigger feeding this function has joined its group. */
  createApp(runtime: FunctionRuntime, triggerReady?: ReadinessCheck): OpenAPIHono
}

export interface EventFunctionDefinition<Decoded> {
  name: string
  event: EventDefinition<unknown, Decoded>
  retry?: Partial<RetryPolicy>
  /** Runs inside the transaction that also records the event as processed. */
  handle(event: ReceivedEvent<Decoded>, context: EventHandlerContext): Promise<void>
}

// Only a well-formed UUID: anything else would fail in processed_events as a 500, and be retried.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Defines an event function: a Hono app taking one event type as a binary-mode CloudEvent
 * (`POST /`, `ce-*` headers, Protobuf body), the Knative Eventing contract. 2xx = done,
 * 4xx = poison, 5xx = retry. Each event id is handled once: the toolkit records it in the
 * domain's `processed_events` in the same transaction as the handler's effects.
 */
export function defineEventFunction<Decoded>(
  definition: EventFunctionDefinition<Decoded>,
): EventFunction {
  const { event } = definition
  const domain = domainOf(definition.name)
  const manifest: EventManifest = {
    kind: 'event',
    name: definition.name,
    domain,
    topic: event.topic,
    eventType: event.type,
    retry: { ...DEFAULT_RETRY, ...definition.retry },
  }
  return {
    manifest,
    createApp(runtime, triggerReady = () => true) {
      const app = createFunctionApp(manifest.name, event.type, runtime, { trigger: triggerReady })
      app.post('/', async (c) => {
        const header = (name: string) => c.req.header(name) ?? ''
        if (header('ce-specversion') !== '1.0') {
          throw new Problem(400, 'not-a-cloud-event', 'ce-specversion must be 1.0')
        }
        if (header('ce-type') !== event.type) {
          throw new Problem(400, 'wrong-event-type', `this function takes ${event.type} only`)
        }
        const id = header('ce-id')
        if (!UUID.test(id)) throw new Problem(400, 'bad-event-id', 'ce-id must be a UUID')
        const occurredAt = new Date(header('ce-time'))
        if (Number.isNaN(occurredAt.getTime())) {
          throw new Problem(400, 'bad-event-time', 'ce-time must be an RFC 3339 time')
        }
        let payload: Decoded
        try {
          payload = event.decode(new Uint8Array(await c.req.arrayBuffer()))
        } catch {
          throw new Problem(400, 'undecodable-event', `the body is not a ${event.type}`)
        }
        const received: ReceivedEvent<Decoded> = {
          id,
          type: event.type,
          source: header('ce-source'),
          occurredAt,
          correlationId: header('ce-correlationid'),
          payload,
        }
        const handled = await runtime.sql.begin(async (tx) => {
          const [first] = await tx`
            insert into ${tx(domain)}.processed_events (consumer, event_id)
            values (${manifest.name}, ${id})
            on conflict do nothing
            returning event_id`
          if (!first) return false
          await definition.handle(received, { tx, runtime })
          return true
        })
        return c.json({ status: handled ? 'handled' : 'already handled' }, 200)
      })
      return app
    },
  }
}
