import { setTimeout as sleep } from 'node:timers/promises'
import { Gauge, type Registry } from 'prom-client'
import type { Sql } from '#shared/db'
import type { OutboxRecord } from '#shared/events'
import type { Logger } from '#shared/observability'

/** Where the relay sends outbox rows: Kafka, or the in-process trigger in embedded mode. */
export interface Publisher {
  /** Publishes the records in order; resolves only when all of them are safely away. */
  publish(records: OutboxRecord[]): Promise<void>
}

export interface RelayOptions {
  sql: Sql
  publisher: Publisher
  log: Logger
  registry: Registry
  batchSize?: number
  /** How often to look for rows when no notification wakes the relay. */
  pollIntervalMs?: number
  maxBackoffMs?: number
}

export interface OutboxRelay {
  start(): void
  /** Whether the relay is at work, leading or waiting to lead (not stopped, not crashed). */
  running(): boolean
  /** Stops after the batch in hand, and gives up leadership. */
  stop(): Promise<void>
}

const LEADER_LOCK = 'mart.outbox-relay'

/**
 * Publishes every domain's outbox, oldest row first, and marks rows sent once the publisher
 * has them. One relay leads at a time (a PostgreSQL advisory lock held on its own connection);
 * others wait to take over. While publishing fails the rows wait and the relay backs off.
 */
export function createOutboxRelay(options: RelayOptions): OutboxRelay {
  const { sql, publisher, log } = options
  const batchSize = options.batchSize ?? 200
  const pollIntervalMs = options.pollIntervalMs ?? 1000
  const maxBackoffMs = options.maxBackoffMs ?? 10_000
  let running = false
  let loopAlive = false
  let loop: Promise<void> | undefined
  let wake: () => void = () => {}
  const nap = (ms: number) =>
    Promise.race([sleep(ms), new Promise<void>((resolve) => (wake = resolve))])

  registerGauges(sql, options.registry)

  async function relayBatch(domains: string[]): Promise<number> {
    let relayed = 0
    for (const domain of domains) {
      const rows = await sql<OutboxRecord[]>`
        select id, ${domain}::text as domain, event_id, topic, event_key as key, event_type as type,
               envelope, created_at
        from ${sql(domain)}.outbox where sent_at is null order by id limit ${batchSize}`
      if (rows.length === 0) continue
      await publisher.publish(rows)
      await sql`update ${sql(domain)}.outbox set sent_at = now() where id in ${sql(rows.map((row) => row.id))}`
      relayed += rows.length
    }
    return relayed
  }

  async function lead() {
    const connection = await sql.reserve()
    try {
      while (running) {
        const [lock] = await connection<{ locked: boolean }[]>`
          select pg_try_advisory_lock(hashtext(${LEADER_LOCK})) as locked`
        if (lock?.locked) break
        await nap(pollIntervalMs)
      }
      if (!running) return
      log.info('outbox relay leads')
      const listener = await sql.listen('mart_outbox', () => wake())
      let failures = 0
      // Which domains have an outbox changes only with a migration: look once a minute, not
      // on every batch. (Sent rows are purged by the event-housekeeping function.)
      let domains: string[] = []
      let domainsReadAt = 0
      try {
        while (running) {
          try {
            if (Date.now() - domainsReadAt > 60_000) {
              domains = await outboxDomains(sql)
              domainsReadAt = Date.now()
            }
            const relayed = await relayBatch(domains)
            if (failures > 0) log.info({ failures }, 'outbox relay recovered')
            failures = 0
            if (relayed === 0) await nap(pollIntervalMs)
          } catch (error) {
            failures++
            const backoff = Math.min(maxBackoffMs, 100 * 2 ** Math.min(failures, 10))
            log.warn(
              { failures, backoffMs: backoff, err: { message: (error as Error).message } },
              'outbox relay could not publish; rows wait',
            )
            await sleep(backoff)
          }
        }
      } finally {
        await listener.unlisten()
        await connection`select pg_advisory_unlock(hashtext(${LEADER_LOCK}))`
      }
    } finally {
      connection.release()
    }
  }

  return {
    start() {
      if (running) return
      running = true
      loopAlive = true
      loop = lead()
        .catch((error: Error) =>
          log.error({ err: { message: error.message } }, 'outbox relay stopped'),
        )
        .finally(() => {
          loopAlive = false
        })
    },
    running: () => loopAlive,
    async stop() {
      running = false
      wake()
      await loop
    },
  }
}

function registerGauges(sql: Sql, registry: Registry) {
  const backlog = async () => {
    const rows: { domain: string; pending: number; oldestSeconds: number | null }[] = []
    for (const domain of await outboxDomains(sql)) {
      const [row] = await sql<{ pending: number; oldestSeconds: number | null }[]>`
        select count(*)::int as pending,
               extract(epoch from now() - min(created_at))::float8 as oldest_seconds
        from ${sql(domain)}.outbox where sent_at is null`
      if (row) rows.push({ domain, ...row })
    }
    return rows
  }
  new Gauge({
    name: 'outbox_pending_events',
    help: 'Outbox rows not yet published, per domain.',
    labelNames: ['domain'] as const,
    registers: [registry],
    async collect() {
      for (const row of await backlog()) this.set({ domain: row.domain }, row.pending)
    },
  })
  new Gauge({
    name: 'outbox_oldest_pending_seconds',
    help: 'Age of the oldest outbox row not yet published, per domain (0 when none waits).',
    labelNames: ['domain'] as const,
    registers: [registry],
    async collect() {
      for (const row of await backlog()) this.set({ domain: row.domain }, row.oldestSeconds ?? 0)
    },
  })
}

/** The domains that have an outbox table. */
export async function outboxDomains(sql: Sql): Promise<string[]> {
  const rows = await sql<{ tableSchema: string }[]>`
    select table_schema from information_schema.tables
    where table_name = 'outbox' order by table_schema`
  return rows.map((row) => row.tableSchema)
}
