import postgres from 'postgres'

export type Sql = postgres.Sql
export type TransactionSql = postgres.TransactionSql
/** A piece of tagged-template SQL to put inside another query. */
export type SqlFragment = postgres.PendingQuery<postgres.Row[]>

export interface SqlOptions {
  max?: number
  /**
   * Named prepared statements (the default). Turn off behind a pooler that hands each
   * transaction its own server connection and cannot carry them (PgBouncer before 1.21):
   * each parameterised query then costs a second round trip to describe it.
   */
  prepare?: boolean
}

/** A connection pool; rows come back with camelCase keys. */
export function createSql(url: string, { max = 10, prepare = true }: SqlOptions = {}): Sql {
  return postgres(url, {
    max,
    prepare,
    idle_timeout: 30,
    connect_timeout: 10,
    transform: postgres.camel,
    onnotice: () => {},
  })
}

/**
 * Errors of a database that cannot be reached, or is going away (socket errors, postgres.js's
 * connection errors, PostgreSQL's connection exceptions, shutdown and overload): the work may
 * succeed later, and nothing about the request caused them.
 */
const UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  '57P01',
  '57P02',
  '57P03',
  '53300',
])

export function isDatabaseUnavailable(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? error.code : undefined
  return typeof code === 'string' && (UNAVAILABLE.has(code) || code.startsWith('08'))
}
