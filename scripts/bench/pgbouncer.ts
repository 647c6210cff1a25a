/**
 * What PgBouncer and prepared statements cost (docs/adr/0016-cluster-and-connection-budget.md):
 * the same load — users-get-me's query, and users-register's insert in a transaction — from
 * one HTTP function's pool, straight to PostgreSQL with and without prepared statements, and
 * through a real PgBouncer in transaction mode (the system's, with the settings compose and the
 * cluster use) without them, as the functions are deployed. Ratios are against the direct,
 * prepared pool of the same run.
 *
 *   npx tsx scripts/bench/pgbouncer.ts     (PGBOUNCER_BENCH_SECONDS per run, 5 by default)
 */
import { randomUUID } from 'node:crypto'
import { createSql, type Sql } from '#shared/db'
import { SIZING } from '#shared/platform'
import { startPgBouncer } from '#shared/platform/testing'
import { findUserById, insertUser } from '../../functions/users/lib/users.ts'
import { benchDatabase, heading, isMain, printTable, ratio } from './lib.ts'

const SECONDS = Number(process.env.PGBOUNCER_BENCH_SECONDS ?? 5)
/** Callers in flight at once: more than the pool, as requests of a busy replica are. */
const CALLERS = 32

type Load = (sql: Sql) => Promise<unknown>

/** Calls `load` from CALLERS callers for SECONDS; how many calls finished per second. */
async function callsPerSecond(sql: Sql, load: Load): Promise<number> {
  await load(sql)
  let calls = 0
  const end = performance.now() + SECONDS * 1000
  await Promise.all(
    Array.from({ length: CALLERS }, async () => {
      while (performance.now() < end) {
        await load(sql)
        calls++
      }
    }),
  )
  return calls / SECONDS
}

export async function benchPgBouncer(): Promise<void> {
  const database = await benchDatabase()
  const bouncer = await startPgBouncer(database.url)
  try {
    const user = await insertUser(database.sql, {
      email: `bench-${randomUUID()}@example.com`,
      name: 'Bench',
      passwordHash: 'not a hash: the benchmark never logs in',
      role: 'customer',
    })
    if (!user) throw new Error('could not insert the benchmark user')
    const loads: [string, Load][] = [
      ['read (users-get-me query)', (sql) => findUserById(sql, user.id)],
      [
        'write (insert in a transaction)',
        (sql) =>
          sql.begin((tx) =>
            insertUser(tx, {
              email: `bench-${randomUUID()}@example.com`,
              name: 'Bench',
              passwordHash: 'not a hash',
              role: 'customer',
            }),
          ),
      ],
    ]
    const pools: [string, string, boolean][] = [
      ['direct, prepared (baseline)', database.url, true],
      ['direct, unprepared', database.url, false],
      ['PgBouncer, unprepared (deployed)', bouncer.urlOf(database.url), false],
    ]
    for (const [loadName, load] of loads) {
      heading(`pgbouncer: ${loadName}, pool ${SIZING.http.poolMax}, ${CALLERS} callers`)
      const rows: (string | number)[][] = []
      let baseline = Number.NaN
      for (const [poolName, url, prepare] of pools) {
        const sql = createSql(url, { max: SIZING.http.poolMax, prepare })
        const rate = await callsPerSecond(sql, load).finally(() => sql.end({ timeout: 5 }))
        if (rows.length === 0) baseline = rate
        rows.push([poolName, Math.round(rate), ratio(rate, baseline)])
      }
      printTable(['pool', 'calls/s', 'vs baseline'], rows)
    }
    console.log(
      '\nPgBouncer in transaction mode with prepared statements needs PgBouncer 1.21 or later ' +
        '(max_prepared_statements); this one is not measured with them.',
    )
  } finally {
    await bouncer.stop()
    await database.close()
  }
}

if (isMain(import.meta)) await benchPgBouncer()
