/**
 * Events through the whole path — outbox row → relay → Kafka → trigger → handler — on a real
 * broker: events per second for a burst, and the latency from the outbox row's commit to the
 * handler's commit at a fixed rate. The embedded mode (no Kafka) runs the same in the same run,
 * as the baseline.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { UserRegistered } from '#proto'
import { createSql, type Sql } from '#shared/db'
import { recordEvent } from '#shared/events'
import { createLogger } from '#shared/observability'
import { createTestHost, deleteGroups, ownConsumerGroups } from '#shared/platform/testing'
import { benchDatabase, heading, isMain, printTable, ratio } from './lib.ts'

// Issue 9's targets: at least 2,000 events/s for the burst, p99 under 50 ms at 500/s.
const BURST = 10_000
const BURST_TRANSACTION = 100
const RATE_PER_SECOND = 500
const RATE_SECONDS = 10
const TARGET_EVENTS_PER_SECOND = 2000
const TARGET_P99_MS = 50

interface EventsResult {
  mode: string
  eventsPerSecond: number
  /** This process's CPU time per event of the burst: steadier than events/s on a busy machine. */
  cpuMsPerEvent: number
  p50Ms: number
  p99Ms: number
}

/** Records UserRegistered events in one transaction, as registrations would each record one. */
function recordRegistrations(sql: Sql, count: number): Promise<string[]> {
  return sql.begin(async (tx) => {
    const ids: string[] = []
    for (let i = 0; i < count; i++) {
      const userId = crypto.randomUUID()
      ids.push(
        await recordEvent(tx, UserRegistered, {
          key: userId,
          payload: { userId, email: `${userId}@bench.example`, name: 'Bench' },
          origin: { domain: 'users', source: 'bench', correlationId: userId },
        }),
      )
    }
    return ids
  })
}

/**
 * A burst: `count` events committed by a few writers in transactions of BURST_TRANSACTION
 * events each, so that what is measured is the path from the outbox on rather than how fast
 * one transaction per event commits; returns their ids.
 */
async function recordBurst(sql: Sql, count: number, writers = 4): Promise<string[]> {
  const sizes = Array.from({ length: Math.ceil(count / BURST_TRANSACTION) }, (_, index) =>
    Math.min(BURST_TRANSACTION, count - index * BURST_TRANSACTION),
  )
  const ids: string[] = []
  await Promise.all(
    Array.from({ length: writers }, async () => {
      for (let size = sizes.pop(); size !== undefined; size = sizes.pop()) {
        ids.push(...(await recordRegistrations(sql, size)))
      }
    }),
  )
  return ids
}

/** Records one UserRegistered event in its own transaction, as a registration would. */
async function recordRegistration(sql: Sql): Promise<string> {
  const [eventId] = await recordRegistrations(sql, 1)
  if (eventId === undefined) throw new Error('no event recorded')
  return eventId
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
  // The ids still awaited: each notification takes one off, rather than checking every id.
  let waiting: { ids: Set<string>; resolve: () => void } | undefined
  const listener = await sql.listen('bench_handled', (eventId) => {
    handledAt.set(eventId, performance.now())
    waiting?.ids.delete(eventId)
    if (waiting?.ids.size === 0) waiting.resolve()
  })
  const handled = (ids: string[]) =>
    new Promise<void>((resolve) => {
      waiting = { ids: new Set(ids.filter((id) => !handledAt.has(id))), resolve }
      if (waiting.ids.size === 0) resolve()
    })

  // Consumer groups of this run only, starting at the end of the topic: records that other
  // runs left on the shared topic are not this benchmark's to handle.
  const kafkaGroupPrefix = `bench-${crypto.randomUUID().slice(0, 8)}.`
  const groups = kafkaBrokers ? await ownConsumerGroups(kafkaBrokers, kafkaGroupPrefix) : []
  // The mart's own pool, as `npm start` makes it: not the bench's, whose writers would
  // otherwise take the connections its handlers need.
  const hostSql = createSql(database.url)
  const host = await createTestHost({
    sql: hostSql,
    log: createLogger({ level: 'warn' }),
    kafkaBrokers,
    kafkaGroupPrefix,
  })
  try {
    // Warm-up: the consumer group joins and the first fetch is made.
    await handled(await recordBurst(sql, 20))

    const started = performance.now()
    const cpuBefore = process.cpuUsage()
    await handled(await recordBurst(sql, BURST))
    const eventsPerSecond = BURST / ((performance.now() - started) / 1000)
    const cpu = process.cpuUsage(cpuBefore)
    const cpuMsPerEvent = (cpu.user + cpu.system) / 1000 / BURST

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
      cpuMsPerEvent,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
    }
  } finally {
    await host.close()
    await hostSql.end({ timeout: 5 })
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
    ['mode', 'events/s', 'vs baseline', 'CPU/event', 'p50 latency', 'p99 latency'],
    [embedded, kafka].map((result) => [
      result.mode,
      result.eventsPerSecond.toFixed(0),
      ratio(result.eventsPerSecond, embedded.eventsPerSecond),
      `${result.cpuMsPerEvent.toFixed(2)} ms`,
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
