import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createSql, type Sql } from '#shared/db'
import type { Logger } from '#shared/observability'
import { reachDatabase } from '../failed-start.ts'
import { dataDir, embeddedDatabaseUrlFile, functionsDir } from '../registry.ts'
import { startEmbeddedPostgres } from './embedded.ts'
import { applyMigrations, loadMigrations } from './migrations.ts'

export interface OpenDatabase {
  sql: Sql
  /** Ends the pool, and stops the embedded server if one was started. */
  close(): Promise<void>
}

/**
 * The local host's database, migrated: the one at `url`, or with none an embedded PostgreSQL
 * with its data in .data/, whose URL is left for the admin runner while it runs.
 */
export async function openDatabase(url: string | undefined, log: Logger): Promise<OpenDatabase> {
  let stopEmbedded = async () => {}
  if (!url) {
    const dir = join(dataDir, 'postgres')
    const embedded = await startEmbeddedPostgres(dir)
    await writeFile(embeddedDatabaseUrlFile, embedded.url, { mode: 0o600 })
    log.info(
      { dataDir: dir, port: new URL(embedded.url).port },
      'DATABASE_URL is not set: embedded PostgreSQL running',
    )
    url = embedded.url
    stopEmbedded = async () => {
      await rm(embeddedDatabaseUrlFile, { force: true })
      await embedded.stop()
    }
  }
  const sql = createSql(url)
  await reachDatabase(sql, url).catch(async (error: unknown) => {
    await sql.end({ timeout: 0 })
    await stopEmbedded()
    throw error
  })
  const applied = await applyMigrations(sql, await loadMigrations(functionsDir))
  log.info({ applied: applied.map((m) => `${m.domain}/${m.version}`) }, 'migrations applied')
  return {
    sql,
    async close() {
      await sql.end({ timeout: 5 })
      await stopEmbedded()
    },
  }
}
