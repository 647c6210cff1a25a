import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Sql, TransactionSql } from '#shared/db'

export interface Migration {
  domain: string
  version: string
  sql: string
}

const MIGRATION_FILE = /^\d{4}-[a-z0-9-]+\.sql$/

/** The platform's own tables (events), which every domain's migrations may rely on. */
const PLATFORM_MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url))

/**
 * The platform's migrations first, then every `<domain>/lib/migrations/NNNN-name.sql` under
 * the functions folder, each folder in file-name order.
 */
export async function loadMigrations(functionsDir: string): Promise<Migration[]> {
  const domains = (await readdir(functionsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
  const folders = [
    { domain: 'platform', dir: PLATFORM_MIGRATIONS },
    ...domains.map((domain) => ({ domain, dir: join(functionsDir, domain, 'lib', 'migrations') })),
  ]
  const migrations: Migration[] = []
  for (const { domain, dir } of folders) {
    const files = await readdir(dir).catch(() => [])
    for (const file of files.filter((name) => MIGRATION_FILE.test(name)).sort()) {
      migrations.push({ domain, version: file, sql: await readFile(join(dir, file), 'utf8') })
    }
  }
  return migrations
}

/**
 * Applies the migrations not yet recorded, each once, in one transaction under an advisory
 * lock so that two processes starting together do not race. Returns the ones applied.
 */
export async function applyMigrations(sql: Sql, migrations: Migration[]): Promise<Migration[]> {
  return sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtext('mart.schema_migrations'))`
    await tx`
      create table if not exists public.schema_migrations (
        domain text not null,
        version text not null,
        applied_at timestamptz not null default now(),
        primary key (domain, version)
      )`
    const pending = await pendingMigrations(tx, migrations)
    for (const migration of pending) {
      await tx.unsafe(migration.sql)
      await tx`
        insert into public.schema_migrations (domain, version)
        values (${migration.domain}, ${migration.version})`
    }
    return pending
  })
}

/** Those of `migrations` not yet recorded as applied: all of them on a database never migrated. */
export async function pendingMigrations(
  sql: Sql | TransactionSql,
  migrations: Migration[],
): Promise<Migration[]> {
  const [table] = await sql<{ exists: boolean }[]>`
    select to_regclass('public.schema_migrations') is not null as exists`
  if (!table?.exists) return migrations
  const applied = await sql<{ domain: string; version: string }[]>`
    select domain, version from public.schema_migrations`
  const done = new Set(applied.map((row) => `${row.domain}/${row.version}`))
  return migrations.filter((m) => !done.has(`${m.domain}/${m.version}`))
}
