/**
 * What the admin runner and the load scenarios share: the mart's database (DATABASE_URL, else
 * that of a running `npm start`) and progress bars for long work.
 */
import { readFile } from 'node:fs/promises'
import cliProgress from 'cli-progress'
import { createSql, type Sql } from '#shared/db'
import { embeddedDatabaseUrlFile } from '#shared/platform'

/** `given` (DATABASE_URL), else the embedded database of a running `npm start`, else none. */
export async function martDatabaseUrl(given: string | undefined): Promise<string | undefined> {
  if (given) return given
  return readFile(embeddedDatabaseUrlFile, 'utf8').catch(() => undefined)
}

/** Runs `work` on a one-connection pool of `url`, ended after. */
export async function withSql<T>(url: string, work: (sql: Sql) => Promise<T>): Promise<T> {
  const sql = createSql(url, { max: 1 })
  try {
    return await work(sql)
  } finally {
    await sql.end({ timeout: 5 })
  }
}

/**
 * A bar on stderr, `label {bar} {value}/{total}`, started at 0; silent when stderr is no
 * terminal (logs and tests get the summary line alone).
 */
export function progressBar(label: string, total: number): cliProgress.SingleBar {
  const bar = new cliProgress.SingleBar(
    { format: `${label} {bar} {value}/{total}`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  )
  bar.start(total, 0)
  return bar
}
