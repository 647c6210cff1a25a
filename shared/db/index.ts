/**
 * PostgreSQL through postgres.js: tagged-template SQL on a pool whose rows come back with
 * camelCase keys. The migrations are the platform's to apply (shared/platform/db).
 */
export {
  createSql,
  isDatabaseUnavailable,
  type Sql,
  type SqlFragment,
  type TransactionSql,
} from './sql.ts'
