/**
 * PostgreSQL through postgres.js, and the forward-only SQL migrations each domain keeps in
 * `functions/<domain>/lib/migrations/NNNN-name.sql`.
 */
export { applyMigrations, loadMigrations, type Migration } from './migrations.ts'
export { createSql, type Sql, type TransactionSql } from './sql.ts'
