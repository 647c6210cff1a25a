import { setTimeout as sleep } from 'node:timers/promises'
import {
  cloudEventRequest,
  decodeEnvelope,
  type EventEnvelope,
  type RetryPolicy,
} from '#shared/events'
import type { Logger } from '#shared/observability'
import type { TriggerMetrics } from './metrics.ts'

/** An event function as a trigger sees it: a name, a policy and something that takes requests. */
export interface Subscriber {
  name: string
  retry: RetryPolicy
  app: { fetch(request: Request): Response | Promise<Response> }
}

export type DeliveryOutcome =
  | { delivered: true; attempts: number }
  | { delivered: false; attempts: number; reason: string }

export interface DeliveryHooks {
  /** Called before each retry, e.g. to count it or to keep a Kafka session alive. */
  onRetry?(attempt: number, reason: string): void | Promise<void>
}

export function retryDelayMs(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (attempt - 1))
}

/**
 * Hands one event to a function: 2xx is done; 4xx is poison, given up at once; 5xx or a thrown
 * error is retried with exponential backoff, then given up. Giving up means dead-lettering,
 * which is the caller's job.
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
      reason = `${status} ${await problemDetail(response)}`
    } catch (error) {
      status = 500
      reason = `threw: ${error instanceof Error ? error.message : String(error)}`
    }
    if (status < 300) return { delivered: true, attempts: attempt }
    if (status < 500) return { delivered: false, attempts: attempt, reason }
    if (attempt < attempts) {
      await hooks.onRetry?.(attempt, reason)
      await sleep(retryDelayMs(subscriber.retry, attempt))
    }
  }
  return { delivered: false, attempts, reason: `gave up after ${attempts} attempts: ${reason}` }
}

export interface CountedDelivery {
  metrics: TriggerMetrics
  log: Logger
  /** Where the record came from, for the dead-letter log line (topic, offset, event id). */
  origin: Record<string, unknown>
  /** Called before each retry, after it is counted: a Kafka trigger heartbeats there. */
  onRetry?(): Promise<void>
}

/**
 * Delivers one record and accounts for it the same way in every trigger: the handler's
 * duration, the outcome, each retry, and for a dead letter its counter and log line. Storing
 * the dead letter is the trigger's own (a `.dlq` topic, or the dead_letters table).
 */
export async function deliverCounted(
  subscriber: Subscriber,
  envelopeBytes: Uint8Array,
  { metrics, log, origin, onRetry }: CountedDelivery,
): Promise<DeliveryOutcome> {
  const fn = subscriber.name
  const started = performance.now()
  const outcome = await deliver(subscriber, envelopeBytes, {
    onRetry: async () => {
      metrics.retries.inc({ fn })
      await onRetry?.()
    },
  })
  metrics.handlerDuration.observe({ fn }, (performance.now() - started) / 1000)
  metrics.handled.inc({ fn, outcome: outcome.delivered ? 'done' : 'dead-lettered' })
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

/**
 * Runs `work` for every record, records of one key one after another in the order given,
 * different keys side by side (at most `concurrency` at once): order per key is all that the
 * events promise, and it is kept.
 */
export async function inKeyOrder<Item>(
  items: Item[],
  keyOf: (item: Item) => string,
  work: (item: Item) => Promise<void>,
  concurrency = 8,
): Promise<void> {
  const byKey = new Map<string, Item[]>()
  for (const item of items) {
    const key = keyOf(item)
    const queue = byKey.get(key)
    if (queue) queue.push(item)
    else byKey.set(key, [item])
  }
  const queues = [...byKey.values()]
  let next = 0
  const worker = async () => {
    while (next < queues.length) {
      const queue = queues[next++] ?? []
      for (const item of queue) await work(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, queues.length) }, worker))
}
