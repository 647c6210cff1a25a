import { randomUUID } from 'node:crypto'
import { Registry } from 'prom-client'
import { describe, expect, it } from 'vitest'
import { UserRegistered } from '#proto'
import { decodeEnvelope, encodeEnvelope } from '#shared/events'
import { createLogger } from '#shared/observability'
import { deliverCounted, type Subscriber } from './delivery.ts'
import { createTriggerMetrics } from './metrics.ts'
import { occurredAtMs } from './occurred-at.ts'

/**
 * What an operator reads on /metrics about deliveries in progress and how old events are when
 * they are handled. The function here is an app that answers as told, as in admin.test.ts.
 */
const log = createLogger({ level: 'silent' })

function envelopeOf(occurredAt: Date) {
  const userId = randomUUID()
  return encodeEnvelope({
    eventId: randomUUID(),
    type: UserRegistered.type,
    occurredAt,
    source: 'users-register',
    correlationId: `req-${userId}`,
    causationId: '',
    payload: UserRegistered.encode({ userId, email: `${userId}@example.com`, name: 'P' }),
  })
}

/** A function that answers `status` once released, and the metrics its deliveries feed. */
function heldFunction(name: string, status: number) {
  const releases: (() => void)[] = []
  const subscriber: Subscriber = {
    name,
    eventTypes: new Set([UserRegistered.type]),
    retry: { attempts: 1, initialDelayMs: 1, maxDelayMs: 1 },
    concurrency: 1,
    app: {
      fetch: () =>
        new Promise<Response>((resolve) => {
          releases.push(() => resolve(new Response(null, { status })))
        }),
    },
  }
  const registry = new Registry()
  const metrics = createTriggerMetrics(registry)
  const line = async (pattern: string) =>
    (await registry.metrics()).match(new RegExp(`^${pattern} (\\S+)$`, 'm'))?.[1]
  const deliverOne = (envelope: Uint8Array) =>
    deliverCounted(subscriber, envelope, { metrics, log, origin: {} })
  return { releases, line, deliverOne }
}

describe('deliveries in flight and end-to-end latency', () => {
  it('shows the deliveries in flight, and none once they are finished', async () => {
    const held = heldFunction('probe-on-held', 204)
    const deliveries = [
      held.deliverOne(envelopeOf(new Date())),
      held.deliverOne(envelopeOf(new Date())),
    ]
    expect(await held.line('event_deliveries_in_flight\\{fn="probe-on-held"\\}')).toBe('2')
    for (const release of held.releases) release()
    await Promise.all(deliveries)
    expect(await held.line('event_deliveries_in_flight\\{fn="probe-on-held"\\}')).toBe('0')
  })

  it('measures from the event’s occurredAt to its handling', async () => {
    const held = heldFunction('probe-on-old', 204)
    const delivery = held.deliverOne(envelopeOf(new Date(Date.now() - 3000)))
    for (const release of held.releases) release()
    expect(await delivery).toEqual({ delivered: true, attempts: 1 })
    const bucket = (le: string) =>
      held.line(`event_end_to_end_seconds_bucket\\{le="${le}",fn="probe-on-old"\\}`)
    // Three seconds old when handled: past the 2.5 s bucket, inside the 5 s one.
    expect(await bucket('2.5')).toBe('0')
    expect(await bucket('5')).toBe('1')
    expect(await held.line('event_end_to_end_seconds_count\\{fn="probe-on-old"\\}')).toBe('1')
  })

  it('leaves dead letters out of the latency: they were never handled', async () => {
    const held = heldFunction('probe-on-refused', 422)
    const delivery = held.deliverOne(envelopeOf(new Date()))
    for (const release of held.releases) release()
    expect(await delivery).toMatchObject({ delivered: false })
    expect(await held.line('event_end_to_end_seconds_count\\{fn="probe-on-refused"\\}')).toBe(
      undefined,
    )
    expect(await held.line('event_deliveries_in_flight\\{fn="probe-on-refused"\\}')).toBe('0')
  })
})

describe('occurredAtMs()', () => {
  it('reads the same time as the full decoding, to the millisecond', () => {
    const envelope = envelopeOf(new Date('2025-03-04T05:06:07.089Z'))
    expect(occurredAtMs(envelope)).toBe(decodeEnvelope(envelope).occurredAt.getTime())
    expect(occurredAtMs(envelope)).toBe(Date.parse('2025-03-04T05:06:07.089Z'))
  })

  it('gives undefined for bytes that are no envelope', () => {
    expect(occurredAtMs(new Uint8Array([0xff, 0xff, 0xff]))).toBe(undefined)
  })
})
