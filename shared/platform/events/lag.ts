import { setTimeout as sleep } from 'node:timers/promises'
import type { Admin, Kafka } from 'kafkajs'
import type { Logger } from '#shared/observability'
import type { TriggerMetrics } from './metrics.ts'

export const LAG_POLL_INTERVAL_MS = 5000

export interface LagPollerOptions {
  kafka: Kafka
  /** The event function: the `fn` label. */
  fn: string
  groupId: string
  topic: string
  metrics: TriggerMetrics
  log: Logger
  intervalMs?: number
}

export interface LagPoller {
  stop(): Promise<void>
}

/** The records of each partition that the group has not committed past, by partition. */
export async function consumerLag(
  admin: Admin,
  groupId: string,
  topic: string,
): Promise<Map<number, bigint>> {
  const [ends, [committed]] = await Promise.all([
    admin.fetchTopicOffsets(topic),
    admin.fetchOffsets({ groupId, topics: [topic] }),
  ])
  const positions = new Map(
    (committed?.partitions ?? []).map(({ partition, offset }) => [partition, BigInt(offset)]),
  )
  const lag = new Map<number, bigint>()
  for (const { partition, high, low } of ends) {
    // No commit (-1) or one behind what retention kept: the trigger starts at the earliest
    // record still there, as it subscribes from the beginning.
    const committedAt = positions.get(partition) ?? -1n
    const from = committedAt > BigInt(low) ? committedAt : BigInt(low)
    const behind = BigInt(high) - from
    lag.set(partition, behind > 0n ? behind : 0n)
  }
  return lag
}

/**
 * Sets `event_consumer_lag` of one event function every few seconds from its group's
 * committed offsets and the topic's high watermarks, read with the admin client, as KEDA
 * does. What the consumer itself last saw would freeze when it dies or hangs; the committed
 * offsets do not move then while the topic grows, so the lag shown keeps growing.
 */
export function startLagPoller(options: LagPollerOptions): LagPoller {
  const { fn, groupId, topic, log } = options
  const gauge = options.metrics.lag
  const intervalMs = options.intervalMs ?? LAG_POLL_INTERVAL_MS
  const admin = options.kafka.admin()
  const stopping = new AbortController()
  let failing = false

  async function pollOnce() {
    try {
      // Connecting is a no-op while connected, and reconnects after the broker was away.
      await admin.connect()
      for (const [partition, behind] of await consumerLag(admin, groupId, topic)) {
        gauge.set({ fn, topic, partition }, Number(behind))
      }
      failing = false
    } catch (error) {
      // One line per outage: the poll repeats every few seconds until the broker answers.
      if (!failing) {
        const reason = error instanceof Error ? error.message : String(error)
        log.warn({ fn, groupId, topic, reason }, 'consumer lag unreadable')
      }
      failing = true
    }
  }

  const polling = (async () => {
    while (!stopping.signal.aborted) {
      await pollOnce()
      await sleep(intervalMs, undefined, { signal: stopping.signal }).catch(() => undefined)
    }
  })()

  return {
    async stop() {
      stopping.abort()
      await polling
      await admin.disconnect()
    },
  }
}
