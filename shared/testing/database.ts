import { randomBytes } from 'node:crypto'
import postgres from 'postgres'
import { createSql, type Sql } from '#shared/db'

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

export interface TestDatabase {
  url: string
  sql: Sql
  drop(): Promise<void>
}

/** A fresh, migrated database of its own for one test file or scenario. */
export async function createTestDatabase(
  serverUrl: string,
  template: string,
): Promise<TestDatabase> {
  const name = `mart_test_${randomBytes(6).toString('hex')}`
  await withAdmin(
    serverUrl,
    (admin) => admin`create database ${admin(name)} template ${admin(template)}`,
  )
  const url = databaseUrl(serverUrl, name)
  const sql = createSql(url, { max: 5 })
  return {
    url,
    sql,
    drop: async () => {
      await sql.end({ timeout: 5 })
      await withAdmin(serverUrl, (admin) => dropDatabase(admin, name))
    },
  }
}

export async function dropDatabase(admin: postgres.Sql, name: string) {
  await admin`drop database if exists ${admin(name)} with (force)`
}

/** Runs `work` on a connection to the server's maintenance database, closed afterwards. */
export async function withAdmin<T>(serverUrl: string, work: (admin: postgres.Sql) => Promise<T>) {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} })
  try {
    return await work(admin)
  } finally {
    await admin.end({ timeout: 5 })
  }
}
