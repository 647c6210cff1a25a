/**
 * What PgBouncer and prepared statements cost (docs/adr/0016-cluster-and-connection-budget.md):
 * the same load — users-get-me's query, and users-register's insert in a transaction — from
 * one HTTP function's pool, straight to PostgreSQL with and without prepared statements, and
 * through a real PgBouncer in transaction mode (the system's, with the settings compose and the
 * cluster use) without them, as the functions are deployed. Ratios are against the direct,
 * prepared pool of the same run; each pool runs ROUNDS times in turn and shows its median.
 *
 *   npx tsx scripts/bench/pgbouncer.ts     (PGBOUNCER_BENCH_SECONDS per run, 5 by default)
 */
import { randomUUID } from 'node:crypto'
import { createSql, type Sql } from '#shared/db'
import { SIZING } from '#shared/platform'
import { startPgBouncer } from '#shared/platform/testing'
import { findUserById, insertUser } from '../../functions/users/lib/users.ts'
import { benchDatabase, heading, isMain, median, printTable, ratio } from './lib.ts'

const SECONDS = Number(process.env.PGBOUNCER_BENCH_SECONDS ?? 5)
/** Runs of each pool, taken in turns so that a busy moment of the machine hits them all. */
const ROUNDS = 3
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
    const sqls = pools.map(([, url, prepare]) =>
      createSql(url, { max: SIZING.http.poolMax, prepare }),
    )
    try {
      for (const [loadName, load] of loads) {
        heading(`pgbouncer: ${loadName}, pool ${SIZING.http.poolMax}, ${CALLERS} callers`)
        const rates: number[][] = pools.map(() => [])
        for (let round = 0; round < ROUNDS; round++) {
          for (const [index, sql] of sqls.entries()) {
            rates[index]?.push(await callsPerSecond(sql, load))
          }
        }
        const medians = rates.map(median)
        const baseline = medians[0] ?? Number.NaN
        printTable(
          ['pool', 'calls/s', 'vs baseline'],
          pools.map(([name], index) => {
            const rate = medians[index] ?? Number.NaN
            return [name, Math.round(rate), ratio(rate, baseline)]
          }),
        )
      }
    } finally {
      await Promise.all(sqls.map((sql) => sql.end({ timeout: 5 })))
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
