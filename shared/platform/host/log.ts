import pretty from 'pino-pretty'
import { createLogger, type Logger } from '#shared/observability'
import type { HostConfig } from './config.ts'

/**
 * The local host's logger: readable lines for a person at a terminal (or LOG_FORMAT=pretty),
 * JSON lines, as every container writes them, into a pipe or a file. pino-pretty formats in
 * this thread, not as a pino transport: bundles leave transports out, and nothing of this
 * file reaches one.
 */
export function createHostLogger(config: HostConfig): Logger {
  const readable = config.LOG_FORMAT ? config.LOG_FORMAT === 'pretty' : process.stdout.isTTY
  return createLogger({
    level: config.LOG_LEVEL,
    ...(readable
      ? { destination: pretty({ translateTime: 'SYS:HH:MM:ss.l', singleLine: true, sync: true }) }
      : {}),
  })
}
