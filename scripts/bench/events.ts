/**
 * Events through the whole path — outbox row → relay → Kafka → trigger → handler — on a real
 * broker: events per second for a burst, and the latency from the outbox row's commit to the
 * handler's commit at a fixed rate. The embedded mode (no Kafka) runs the same in the same run,
 * as the baseline.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { UserRegistered } from '#proto'
import type { Sql } from '#shared/db'
import { recordEvent } from '#shared/events'
import { createLogger } from '#shared/observability'
import { createTestHost, deleteGroups, ownConsumerGroups } from '#shared/platform/testing'
import { benchDatabase, heading, isMain, printTable, ratio } from './lib.ts'

// Issue 9's targets: at least 2,000 events/s for the burst, p99 under 50 ms at 500/s.
const BURST = 10_000
const RATE_PER_SECOND = 500
const RATE_SECONDS = 10
const TARGET_EVENTS_PER_SECOND = 2000
const TARGET_P99_MS = 50

interface EventsResult {
  mode: string
  eventsPerSecond: number
  p50Ms: number
  p99Ms: number
}

/** Records one UserRegistered event in its own transaction, as a registration would. */
function recordRegistration(sql: Sql): Promise<string> {
  const userId = crypto.randomUUID()
  return sql.begin((tx) =>
    recordEvent(tx, UserRegistered, {
      key: userId,
      payload: { userId, email: `${userId}@bench.example`, name: 'Bench' },
      origin: { domain: 'users', source: 'bench', correlationId: userId },
    }),
  )
}

/** Records N events, a few transactions at a time; returns their ids. */
async function recordRegistrations(sql: Sql, count: number, concurrency = 4): Promise<string[]> {
  const ids: string[] = []
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (ids.length < count) ids.push(await recordRegistration(sql))
    }),
  )
  return ids
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN
}

async function benchMode(mode: string, kafkaBrokers: string[] | undefined): Promise<EventsResult> {
  const database = await benchDatabase()
  const { sql } = database
  // The handler's commit, as PostgreSQL delivers a notification: at commit, not before.
  await sql`
    create function bench_notify_handled() returns trigger language plpgsql as $$
    begin perform pg_notify('bench_handled', new.caused_by::text); return null; end $$`
  await sql`
    create trigger bench_handled after insert on notifications.notifications
    for each row execute function bench_notify_handled()`
  const handledAt = new Map<string, number>()
  let waiting: { ids: string[]; resolve: () => void } | undefined
  const allHandled = (ids: string[]) => ids.every((id) => handledAt.has(id))
  const listener = await sql.listen('bench_handled', (eventId) => {
    handledAt.set(eventId, performance.now())
    if (waiting && allHandled(waiting.ids)) waiting.resolve()
  })
  const handled = (ids: string[]) =>
    new Promise<void>((resolve) => {
      waiting = { ids, resolve }
      if (allHandled(ids)) resolve()
    })

  // Consumer groups of this run only, starting at the end of the topic: records that other
  // runs left on the shared topic are not this benchmark's to handle.
  const kafkaGroupPrefix = `bench-${crypto.randomUUID().slice(0, 8)}.`
  const groups = kafkaBrokers ? await ownConsumerGroups(kafkaBrokers, kafkaGroupPrefix) : []
  const host = await createTestHost({
    sql,
    log: createLogger({ level: 'warn' }),
    kafkaBrokers,
    kafkaGroupPrefix,
  })
  try {
    // Warm-up: the consumer group joins and the first fetch is made.
    await handled(await recordRegistrations(sql, 20))

    const started = performance.now()
    await handled(await recordRegistrations(sql, BURST))
    const eventsPerSecond = BURST / ((performance.now() - started) / 1000)

    const committedAt = new Map<string, number>()
    const total = RATE_PER_SECOND * RATE_SECONDS
    const begin = performance.now()
    for (let i = 0; i < total; i++) {
      const due = begin + (i * 1000) / RATE_PER_SECOND
      const wait = due - performance.now()
      if (wait > 0) await sleep(wait)
      const eventId = await recordRegistration(sql)
      committedAt.set(eventId, performance.now())
    }
    await handled([...committedAt.keys()])
    const latencies = [...committedAt]
      .map(([eventId, at]) => (handledAt.get(eventId) ?? Number.NaN) - at)
      .sort((a, b) => a - b)
    return {
      mode,
      eventsPerSecond,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
    }
  } finally {
    await host.close()
    if (kafkaBrokers)
      await deleteGroups(
        kafkaBrokers,
        groups.map((group) => group.groupId),
      )
    await listener.unlisten()
    await database.close()
  }
}

export async function benchEvents(): Promise<EventsResult[]> {
  heading(
    `events: outbox → relay → trigger → handler (burst of ${BURST}; latency at ${RATE_PER_SECOND}/s for ${RATE_SECONDS} s)`,
  )
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',')
  const embedded = await benchMode('embedded (in-process, baseline)', undefined)
  const kafka = await benchMode(`Kafka (${brokers.join(',')})`, brokers)
  printTable(
    ['mode', 'events/s', 'vs baseline', 'p50 latency', 'p99 latency'],
    [embedded, kafka].map((result) => [
      result.mode,
      result.eventsPerSecond.toFixed(0),
      ratio(result.eventsPerSecond, embedded.eventsPerSecond),
      `${result.p50Ms.toFixed(1)} ms`,
      `${result.p99Ms.toFixed(1)} ms`,
    ]),
  )
  console.log(
    `targets (Kafka): ≥ ${TARGET_EVENTS_PER_SECOND} events/s ${kafka.eventsPerSecond >= TARGET_EVENTS_PER_SECOND ? 'met' : 'missed'}; ` +
      `p99 < ${TARGET_P99_MS} ms at ${RATE_PER_SECOND}/s ${kafka.p99Ms < TARGET_P99_MS ? 'met' : 'missed'}`,
  )
  return [embedded, kafka]
}

if (isMain(import.meta)) await benchEvents()
