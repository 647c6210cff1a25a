import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import postgres from 'postgres'
import { Gauge, type Registry } from 'prom-client'
import type { Sql } from '#shared/db'
import type { OutboxRecord } from '#shared/events'
import type { Logger } from '#shared/observability'
import { InOrderProgress } from './progress.ts'

/** Where the relay sends outbox rows: Kafka, or the in-process trigger in embedded mode. */
export interface Publisher {
  /**
   * Publishes the records in order; resolves only when all of them are safely away. `sent` is
   * told of each record as soon as it is, where the publisher knows sooner than for the batch.
   */
  publish(records: OutboxRecord[], sent?: (record: OutboxRecord) => void): Promise<void>
  /**
   * Rows the relay may have in flight at once over overlapping publishes, marking them sent
   * as the run at the front finishes. Without it, one batch at a time: Kafka must never see a
   * batch overtake an earlier one that failed.
   */
  window?: number
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
  /** How long a domain's claim lasts unless its owner, still publishing, extends it. */
  claimLeaseMs?: number
}

export interface OutboxRelay {
  start(): void
  /** Whether the relay is at work, leading or waiting to lead (not stopped, not crashed). */
  running(): boolean
  /** Stops after the batches in hand, and gives up leadership. */
  stop(): Promise<void>
}

const LEADER_LOCK = 'mart.outbox-relay'
/**
 * How often the leader looks for new outbox tables. (Sent rows are purged by the
 * event-housekeeping function.)
 */
const DOMAINS_READ_MS = 60_000

/**
 * Publishes every domain's outbox, oldest row first, and marks rows sent once the publisher
 * has them. One relay leads at a time: it holds a PostgreSQL advisory lock on a connection of
 * its own; others wait to take over. The leader publishes each domain on its own, so one
 * domain failing to publish (backing off while it fails) holds up no other. A batch is
 * published only under its domain's claim (`public.outbox_claims`), taken while the leader
 * still holds the lock: a leader that lost the lock publishes nothing more, and its successor
 * waits for the batch it has in flight rather than sending it a second time (ADR 0011).
 */
export function createOutboxRelay(options: RelayOptions): OutboxRelay {
  const { sql, publisher, log } = options
  const batchSize = options.batchSize ?? 200
  const pollIntervalMs = options.pollIntervalMs ?? 1000
  const maxBackoffMs = options.maxBackoffMs ?? 10_000
  const claimLeaseSeconds = (options.claimLeaseMs ?? 10_000) / 1000
  const owner = randomUUID()
  let running = false
  let loopAlive = false
  let loop: Promise<void> | undefined
  /** The backend that holds the leader lock, while this relay leads. */
  let leaderPid: number | undefined
  const alarms = new Set<Alarm>()
  const ringAll = () => {
    for (const alarm of alarms) alarm.ring()
  }
  const leads = (pid: number) => running && leaderPid === pid
  const depose = () => {
    leaderPid = undefined
    ringAll()
  }

  registerGauges(sql, options.registry)
  new Gauge({
    name: 'outbox_relay_leader',
    help: 'Whether this relay leads (1) or stands by (0).',
    registers: [options.registry],
    collect() {
      this.set(leaderPid === undefined ? 0 : 1)
    },
  })

  /**
   * Takes or extends the domain's claim while this relay leads: 'lost' once it does not,
   * 'busy' while another relay's batch is still in flight (its rows are not ours to send).
   */
  async function claimDomain(domain: string, pid: number): Promise<'claimed' | 'busy' | 'lost'> {
    const [claim] = await sql<{ leads: boolean; claimed: boolean }[]>`
      with leader as (
        -- A bigint advisory lock shows in pg_locks as its high (classid) and low (objid) halves.
        select exists (
          select from pg_locks
          where locktype = 'advisory' and granted and pid = ${pid} and objsubid = 1
            and ((classid::bigint << 32) | objid::bigint) = hashtext(${LEADER_LOCK})::bigint
        ) as leads
      ), claimed as (
        insert into public.outbox_claims as claim (domain, owner, expires_at)
        select ${domain}, ${owner}, now() + make_interval(secs => ${claimLeaseSeconds})
        from leader where leads
        on conflict (domain) do update set owner = excluded.owner, expires_at = excluded.expires_at
        where claim.owner = excluded.owner or claim.expires_at < now()
        returning domain
      )
      select leads, exists (select from claimed) as claimed from leader`
    if (!claim?.leads) {
      if (leaderPid === pid) depose()
      return 'lost'
    }
    return claim.claimed ? 'claimed' : 'busy'
  }

  /** The domain's oldest rows not yet sent, but for those in flight. */
  const pendingRows = (domain: string, limit: number, inFlight: readonly string[]) => sql<
    OutboxRecord[]
  >`
    select id, ${domain}::text as domain, event_id, topic, event_key as key, event_type as type,
           envelope, created_at
    from ${sql(domain)}.outbox
    where sent_at is null and id <> all(${inFlight as string[]}::bigint[])
    order by id limit ${limit}`

  const releaseClaim = (domain: string) =>
    sql`delete from public.outbox_claims where domain = ${domain} and owner = ${owner}`

  /** Extends the domain's claim now and then while `publishing()`: its owner is still at it. */
  function keepClaim(domain: string, publishing: () => boolean) {
    return setInterval(
      () => {
        if (!publishing()) return
        sql`
          update public.outbox_claims
          set expires_at = now() + make_interval(secs => ${claimLeaseSeconds})
          where domain = ${domain} and owner = ${owner}`.catch((error: Error) =>
          log.warn(
            { domain, err: { message: error.message } },
            'outbox relay could not extend its claim',
          ),
        )
      },
      (claimLeaseSeconds * 1000) / 3,
    )
  }

  const warnLapsed = (domain: string, events: number) =>
    log.warn(
      { domain, events },
      'outbox relay published after its claim lapsed; these events may be published twice',
    )

  /** Publishes and marks one batch of the domain's pending rows; returns how many. */
  async function relayBatch(domain: string, pid: number): Promise<number> {
    if ((await claimDomain(domain, pid)) !== 'claimed') return 0
    const rows = await pendingRows(domain, batchSize, [])
    if (rows.length === 0) {
      await releaseClaim(domain)
      return 0
    }
    // A failed publish keeps the claim: this relay takes it up again on its retry, and it
    // lapses for a successor once no one extends it.
    const extension = keepClaim(domain, () => true)
    try {
      await publisher.publish(rows)
    } finally {
      clearInterval(extension)
    }
    const marked = await sql`
      with released as (
        delete from public.outbox_claims where domain = ${domain} and owner = ${owner}
        returning domain
      )
      update ${sql(domain)}.outbox set sent_at = now()
      where id in ${sql(rows.map((row) => row.id))} and exists (select from released)`
    if (marked.count === 0) warnLapsed(domain, rows.length)
    return rows.length
  }

  /**
   * Relays the domain through a publisher that takes overlapping batches (the in-process
   * trigger), for as long as this relay leads: rows are read while fewer than `window` are in
   * flight, and marked sent as the run at the front finishes, so a slow key holds the others
   * back only once the window is full. When a publish fails, it lets the others in flight
   * settle, marks what finished at the front, and throws: the rest are read again.
   */
  async function relayWindow(
    domain: string,
    pid: number,
    { window, alarm, onPublished }: { window: number; alarm: Alarm; onPublished(): void },
  ) {
    const progress = new InOrderProgress<string>()
    /** Rows taken and not yet marked sent: not to be read again meanwhile. */
    const unsent = new Set<string>()
    const publishing = new Set<Promise<void>>()
    let failure: { error: unknown } | undefined
    let unmarked: string[] = []
    let marking = Promise.resolve()
    const markSent = async () => {
      const ids = unmarked
      unmarked = []
      if (ids.length === 0) return
      const marked = await sql`
        update ${sql(domain)}.outbox set sent_at = now()
        where id in ${sql(ids)} and exists (
          select from public.outbox_claims where domain = ${domain} and owner = ${owner})`
      if (marked.count === 0) warnLapsed(domain, ids.length)
      for (const id of ids) unsent.delete(id)
    }
    const finish = (id: string) => {
      const full = progress.inFlight >= window
      const released = progress.finish(id)
      if (released.length === 0) return
      unmarked.push(...released)
      marking = marking.then(markSent).catch((error: Error) => {
        failure ??= { error }
        alarm.ring()
      })
      if (full) alarm.ring()
    }
    const extension = keepClaim(domain, () => unsent.size > 0)
    try {
      while (leads(pid) && !failure) {
        const room = window - progress.inFlight
        if (room > 0) {
          const claim = await claimDomain(domain, pid)
          if (claim === 'lost') break
          const limit = Math.min(room, batchSize)
          const rows = claim === 'claimed' ? await pendingRows(domain, limit, [...unsent]) : []
          if (rows.length > 0) {
            for (const row of rows) {
              progress.take(row.id)
              unsent.add(row.id)
            }
            const told = new Set<string>()
            const published: Promise<void> = publisher
              .publish(rows, (row) => {
                told.add(row.id)
                finish(row.id)
              })
              .then(
                () => {
                  for (const row of rows) if (!told.has(row.id)) finish(row.id)
                  onPublished()
                },
                (error: unknown) => {
                  failure ??= { error }
                  alarm.ring()
                },
              )
              .finally(() => publishing.delete(published))
            publishing.add(published)
            if (rows.length === limit) continue
          } else if (claim === 'claimed' && unsent.size === 0) {
            await releaseClaim(domain)
          }
        }
        await alarm.wait(pollIntervalMs)
      }
    } finally {
      await Promise.all(publishing)
      await marking
      clearInterval(extension)
    }
    if (failure) throw failure.error
  }

  /** Relays one domain for as long as this relay leads, backing off while publishing fails. */
  async function relayDomain(domain: string, pid: number, alarm: Alarm) {
    let failures = 0
    const recovered = () => {
      if (failures > 0) log.info({ domain, failures }, 'outbox relay recovered')
      failures = 0
    }
    while (leads(pid)) {
      try {
        if (publisher.window) {
          await relayWindow(domain, pid, {
            window: publisher.window,
            alarm,
            onPublished: recovered,
          })
          continue
        }
        const relayed = await relayBatch(domain, pid)
        recovered()
        if (relayed < batchSize) await alarm.wait(pollIntervalMs)
      } catch (error) {
        failures++
        const backoffMs = Math.min(maxBackoffMs, 100 * 2 ** Math.min(failures, 10))
        log.warn(
          { domain, failures, backoffMs, err: { message: (error as Error).message } },
          'outbox relay could not publish; rows wait',
        )
        // A notification does not cut the backoff short; leadership lost or a stop does.
        const retryAt = Date.now() + backoffMs
        while (leads(pid) && Date.now() < retryAt) await alarm.wait(retryAt - Date.now())
      }
    }
  }

  /** One term of leadership: a worker per domain until the lock is lost or the relay stops. */
  async function relayWhileLeading(pid: number) {
    const workers = new Map<string, { alarm: Alarm; done: Promise<void> }>()
    const listener = await sql
      .listen('mart_outbox', (domain) => workers.get(domain)?.alarm.ring())
      .catch((error: Error) => {
        log.warn({ err: { message: error.message } }, 'outbox relay polls only: cannot listen')
        return undefined
      })
    const supervisor = new Alarm()
    alarms.add(supervisor)
    let domainsReadAt = 0
    try {
      while (leads(pid)) {
        if (Date.now() >= domainsReadAt) {
          try {
            // Which domains have an outbox changes only with a migration: look now and then.
            for (const domain of await outboxDomains(sql)) {
              if (workers.has(domain)) continue
              const alarm = new Alarm()
              alarms.add(alarm)
              const done = relayDomain(domain, pid, alarm).finally(() => alarms.delete(alarm))
              workers.set(domain, { alarm, done })
            }
            domainsReadAt = Date.now() + DOMAINS_READ_MS
          } catch (error) {
            log.warn(
              { err: { message: (error as Error).message } },
              'outbox relay could not read its domains',
            )
            domainsReadAt = Date.now() + pollIntervalMs
          }
        }
        await supervisor.wait(domainsReadAt - Date.now())
      }
    } finally {
      alarms.delete(supervisor)
      await Promise.all([...workers.values()].map((worker) => worker.done))
      await listener?.unlisten()
    }
  }

  async function lead() {
    // A client of its own, not a connection reserved from the pool: its session holds the
    // lock, and when its backend goes, so do the lock and this relay's leadership. (A reserved
    // connection whose backend is gone crashes postgres.js on its next query: porsager/postgres
    // issue 1208.)
    const connection = sessionClient(sql, () => {
      if (leaderPid !== undefined) depose()
    })
    const standby = new Alarm()
    alarms.add(standby)
    try {
      while (running) {
        const pid = await takeLeadership(connection)
        if (pid === undefined) {
          await standby.wait(pollIntervalMs)
          continue
        }
        leaderPid = pid
        log.info('outbox relay leads')
        await relayWhileLeading(pid)
        if (running) log.warn('outbox relay lost its leadership; it stands by')
      }
    } finally {
      alarms.delete(standby)
      leaderPid = undefined
      // Closing the session gives the lock up.
      await connection.end({ timeout: 5 })
    }
  }

  /** The backend's pid once this relay holds the leader lock; undefined while another does. */
  async function takeLeadership(connection: Sql): Promise<number | undefined> {
    try {
      const [row] = await connection<{ locked: boolean; pid: number }[]>`
        select pg_try_advisory_lock(hashtext(${LEADER_LOCK})) as locked, pg_backend_pid() as pid`
      return row?.locked ? row.pid : undefined
    } catch (error) {
      log.warn({ err: { message: (error as Error).message } }, 'outbox relay cannot take the lead')
      return undefined
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
      ringAll()
      await loop
    },
  }
}

/**
 * A client of one connection to the pool's database that, once lost, reconnects as a new
 * session. postgres.js's types call the parsed password null; it holds the one given.
 */
function sessionClient(sql: Sql, onclose: () => void): Sql {
  const { host, port, path, database, user, pass, ssl, connection } = sql.options
  return postgres({
    host: host.map((name, index) => `${name}:${port[index] ?? 5432}`).join(','),
    path,
    database,
    user,
    pass: pass ?? undefined,
    ssl,
    connection: { ...connection, application_name: 'mart outbox relay (leader lock)' },
    max: 1,
    max_lifetime: null,
    onnotice: () => {},
    onclose,
  })
}

/** A wait that can be cut short; a ring while nobody waits cuts the next wait short. */
class Alarm {
  #rung = false
  #controller = new AbortController()

  async wait(ms: number): Promise<void> {
    // The only rejection is the abort of a ring.
    if (!this.#rung) await sleep(ms, undefined, { signal: this.#controller.signal }).catch(() => {})
    this.#rung = false
  }

  ring(): void {
    this.#rung = true
    this.#controller.abort()
    this.#controller = new AbortController()
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
