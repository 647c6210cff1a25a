import postgres from 'postgres'

export type Sql = postgres.Sql
export type TransactionSql = postgres.TransactionSql

export interface SqlOptions {
  max?: number
}

/** A connection pool; rows come back with camelCase keys. */
export function createSql(url: string, { max = 10 }: SqlOptions = {}): Sql {
  return postgres(url, {
    max,
    idle_timeout: 30,
    connect_timeout: 10,
    transform: postgres.camel,
    onnotice: () => {},
  })
}
