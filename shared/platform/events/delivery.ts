import { setTimeout as sleep } from 'node:timers/promises'
import {
  cloudEventRequest,
  decodeEnvelope,
  type EventEnvelope,
  type EventFunction,
  type RetryPolicy,
} from '#shared/events'
import type { Logger } from '#shared/observability'
import type { TriggerMetrics } from './metrics.ts'
import { occurredAtMs } from './occurred-at.ts'

/** An event function as a trigger sees it: what it takes, its policies, and its app. */
export interface Subscriber {
  name: string
  /** The event types it takes; a trigger never delivers another. */
  eventTypes: ReadonlySet<string>
  retry: RetryPolicy
  /** Keys in flight at once. */
  concurrency: number
  app: { fetch(request: Request): Response | Promise<Response> }
}

/** The subscriber of an event function's app; `retry` overrides its policy (short in tests). */
export function subscriberOf(
  fn: EventFunction,
  app: Subscriber['app'],
  retry: Partial<RetryPolicy> = {},
): Subscriber {
  const { name, eventTypes, concurrency } = fn.manifest
  return {
    name,
    eventTypes: new Set(eventTypes),
    retry: { ...fn.manifest.retry, ...retry },
    concurrency,
    app,
  }
}

export type DeliveryOutcome =
  | { delivered: true; attempts: number }
  | { delivered: false; attempts: number; reason: string }

export interface DeliveryHooks {
  /** Called before each retry, e.g. to count it or to keep a Kafka session alive. */
  onRetry?(attempt: number, reason: string): void | Promise<void>
  /** Called while the function is unavailable, between readiness checks (a heartbeat). */
  onPause?(): void | Promise<void>
  /** Whether to go on waiting out an outage; false when the trigger stops or loses the record. */
  running?(): boolean
}

/** Thrown when the trigger stopped while a delivery waited out an outage: the event is not done. */
export class DeliveryInterrupted extends Error {
  override name = 'DeliveryInterrupted'
}

/** How often an unavailable function's /readyz is asked again. */
const READY_POLL_MS = 250

export function retryDelayMs(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (attempt - 1))
}

/**
 * Hands one event to a function: 2xx is done; 4xx is poison, given up at once; 5xx or a thrown
 * error is retried with exponential backoff, then given up. Giving up means dead-lettering,
 * which is the caller's job. A 503 is not the event's fault but the function's (its database
 * is unreachable, it is not ready): the delivery waits, asking /readyz, for as long as it
 * takes, and the attempt does not count.
 */
export async function deliver(
  subscriber: Subscriber,
  envelopeBytes: Uint8Array,
  hooks: DeliveryHooks = {},
): Promise<DeliveryOutcome> {
  let envelope: EventEnvelope
  try {
    envelope = decodeEnvelope(envelopeBytes)
  } catch {
    return { delivered: false, attempts: 0, reason: 'the record is not an event envelope' }
  }
  const { attempts } = subscriber.retry
  let reason = ''
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let status: number
    try {
      const response = await subscriber.app.fetch(cloudEventRequest(envelope))
      status = response.status
      // A success's body says nothing the trigger needs: only a failure's is read.
      if (status >= 300) reason = `${status} ${await problemDetail(response)}`
    } catch (error) {
      status = 500
      reason = `threw: ${error instanceof Error ? error.message : String(error)}`
    }
    if (status < 300) return { delivered: true, attempts: attempt }
    if (status === 503) {
      await waitUntilReady(subscriber, hooks)
      attempt--
      continue
    }
    if (status < 500) return { delivered: false, attempts: attempt, reason }
    if (attempt < attempts) {
      await hooks.onRetry?.(attempt, reason)
      await sleep(retryDelayMs(subscriber.retry, attempt))
    }
  }
  return { delivered: false, attempts, reason: `gave up after ${attempts} attempts: ${reason}` }
}

async function waitUntilReady(subscriber: Subscriber, hooks: DeliveryHooks): Promise<void> {
  for (;;) {
    if (hooks.running && !hooks.running()) {
      throw new DeliveryInterrupted(`${subscriber.name} stopped while waiting to be ready`)
    }
    await hooks.onPause?.()
    await sleep(READY_POLL_MS)
    const readiness = await Promise.resolve(
      subscriber.app.fetch(new Request('http://event-function/readyz')),
    ).catch(() => undefined)
    if (readiness?.ok) return
  }
}

export interface CountedDelivery {
  metrics: TriggerMetrics
  log: Logger
  /** Where the record came from, for the dead-letter log line (topic, offset, event id). */
  origin: Record<string, unknown>
  /** Called while the delivery waits (a retry, an outage): a Kafka trigger heartbeats there. */
  keepAlive?(): Promise<void>
  running?(): boolean
}

/**
 * Delivers one record and accounts for it the same way in every trigger: deliveries in
 * flight, the handler's duration, the outcome, each retry, the time from the event's
 * occurrence to its handling, and for a dead letter its counter and log line. Storing
 * the dead letter is the trigger's own (a `.dlq` topic, or the dead_letters table).
 */
export async function deliverCounted(
  subscriber: Subscriber,
  envelopeBytes: Uint8Array,
  { metrics, log, origin, keepAlive, running }: CountedDelivery,
): Promise<DeliveryOutcome> {
  const fn = subscriber.name
  const started = performance.now()
  let paused = false
  metrics.inFlight.inc({ fn })
  const outcome = await deliver(subscriber, envelopeBytes, {
    onRetry: async () => {
      metrics.retries.inc({ fn })
      await keepAlive?.()
    },
    onPause: async () => {
      if (!paused)
        log.warn({ fn, ...origin }, 'function unavailable: delivery paused until it is ready')
      paused = true
      await keepAlive?.()
    },
    ...(running ? { running } : {}),
  }).finally(() => metrics.inFlight.dec({ fn }))
  if (paused) log.info({ fn, ...origin }, 'function ready again: delivery resumed')
  metrics.handlerDuration.observe({ fn }, (performance.now() - started) / 1000)
  metrics.handled.inc({ fn, outcome: outcome.delivered ? 'done' : 'dead-lettered' })
  const occurredAt = outcome.delivered ? occurredAtMs(envelopeBytes) : undefined
  if (occurredAt !== undefined) {
    // Another machine's clock may run ahead: a negative latency would only mislead.
    metrics.endToEnd.observe({ fn }, Math.max(0, Date.now() - occurredAt) / 1000)
  }
  if (!outcome.delivered) {
    metrics.deadLetters.inc({ fn })
    log.warn({ fn, ...origin, reason: outcome.reason }, 'event dead-lettered')
  }
  return outcome
}

async function problemDetail(response: Response): Promise<string> {
  const text = await response.text()
  try {
    const problem = JSON.parse(text) as { detail?: unknown; title?: unknown }
    return String(problem.detail ?? problem.title ?? '')
  } catch {
    return text.slice(0, 200)
  }
}
