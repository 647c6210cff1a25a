import type { z } from 'zod'
import { type BaseConfig, readConfig } from '#shared/config'
import { createSql, type Sql } from '#shared/db'
import { createLogger, type Logger } from '#shared/observability'

export interface Container<Config> {
  config: Config
  log: Logger
  sql: Sql
}

/**
 * What every container starts with: its configuration read and checked, a logger whose lines
 * carry the deployable's name, and the database pool.
 */
export function startContainer<Schema extends z.ZodType<BaseConfig>>(
  schema: Schema,
  name: string,
): Container<z.infer<Schema>> {
  const config = readConfig(schema)
  const log = createLogger({ level: config.LOG_LEVEL }).child({ fn: name })
  const sql = createSql(config.DATABASE_URL, { max: config.DATABASE_POOL_MAX })
  return { config, log, sql }
}
