/**
 * Start-up failures a user can cause (bad configuration, a taken port, a database or Kafka
 * that does not answer) end the process with one line naming the problem and exit code 1, never a stack
 * trace or, from a bundle, a line of minified source. Anything else is a bug: its stack is
 * printed after the line.
 */
import { ConfigError } from '#shared/config'
import type { Sql } from '#shared/db'

/** A start-up failure whose message says all a user needs. */
export class StartupError extends Error {
  override name = 'StartupError'
}

/** Where a database URL points, without its credentials. */
function databaseAddress(url: string): string {
  const { hostname, port, pathname } = new URL(url)
  return `${hostname}:${port || '5432'}${pathname}`
}

/** Whether the database answers; a StartupError naming it (without credentials) if not. */
export async function reachDatabase(sql: Sql, url: string): Promise<void> {
  try {
    await sql`select 1`
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new StartupError(
      `the database at ${databaseAddress(url)} (DATABASE_URL) does not answer: ${reason}`,
    )
  }
}

/** The one line a failed start prints, after the name of what failed to start. */
export function startupFailureText(name: string, error: unknown): string {
  const kafka = error instanceof Error && error.name.startsWith('KafkaJS')
  const known = kafka || error instanceof StartupError || error instanceof ConfigError
  const message = error instanceof Error ? error.message : String(error)
  const line = `${name} cannot start: ${kafka ? `Kafka (KAFKA_BROKERS): ${message}` : message}`
  const stack = !known && error instanceof Error ? error.stack : undefined
  return stack ? `${line}\n${stack}` : line
}

/** Ends the process for a failed start: its line on stderr, exit code 1. */
export function exitForStartupFailure(name: string, error: unknown): never {
  process.stderr.write(`${startupFailureText(name, error)}\n`)
  process.exit(1)
}

/** Runs a process's start; a failure ends the process (see `exitForStartupFailure`). */
export async function startOrExit(name: string, start: () => Promise<unknown>): Promise<void> {
  try {
    await start()
  } catch (error) {
    exitForStartupFailure(name, error)
  }
}
