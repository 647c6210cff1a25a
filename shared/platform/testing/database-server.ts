import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import postgres from 'postgres'
import { createSql } from '#shared/db'
import { databaseUrl, dropDatabase, withAdmin } from '#shared/testing'
import { startEmbeddedPostgres } from '../db/embedded.ts'
import { applyMigrations, loadMigrations } from '../db/migrations.ts'

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres'

export interface DatabaseServer {
  url: string
  stop(): Promise<void>
}

/**
 * The PostgreSQL server tests use: DATABASE_URL when set, else the one on 127.0.0.1:5432 when
 * it answers, else an embedded one, so tests pass on a machine with nothing installed.
 */
export async function resolveDatabaseServer(repoRoot: string): Promise<DatabaseServer> {
  const given = process.env.DATABASE_URL
  if (given) return { url: given, stop: async () => {} }
  if (await answers(LOCAL_SERVER)) return { url: LOCAL_SERVER, stop: async () => {} }
  return startEmbeddedPostgres(join(repoRoot, '.data', 'test-postgres'))
}

async function answers(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} })
  try {
    await sql`select 1`
    return true
  } catch {
    return false
  } finally {
    await sql.end({ timeout: 1 })
  }
}

/** Creates a database with every migration applied, to copy per test file. */
export async function createTemplateDatabase(serverUrl: string, functionsDir: string) {
  const name = `mart_template_${randomBytes(4).toString('hex')}`
  await withAdmin(serverUrl, (admin) => admin`create database ${admin(name)}`)
  const sql = createSql(databaseUrl(serverUrl, name), { max: 1 })
  await applyMigrations(sql, await loadMigrations(functionsDir))
  await sql.end()
  return {
    name,
    drop: () => withAdmin(serverUrl, (admin) => dropDatabase(admin, name)),
  }
}
