/**
 * One scenario's mart: the local host (every HTTP function behind the gateway that applies
 * kong/kong.yml) served on a free TCP port, so steps talk to it as any client would.
 */
import type { Sql } from '#shared/db'
import { createLogger } from '#shared/observability'
import { serveHost } from '#shared/platform'
import { createTestHost } from '#shared/platform/testing'
import { LogLines } from '#shared/testing'

export interface RunningMart {
  url: string
  /** What the functions logged, shown when a scenario fails. */
  logs: LogLines
  close(): Promise<void>
}

/** `now` is the mart's clock (tokens, rate-limit windows), which a scenario may move on. */
export async function startMart(sql: Sql, now: () => number): Promise<RunningMart> {
  const logs = new LogLines()
  const host = await createTestHost({
    sql,
    log: createLogger({ level: 'info', destination: logs.stream }),
    now,
  })
  const served = await serveHost(host, { port: 0, hostname: '127.0.0.1' })
  return {
    url: served.url,
    logs,
    close: async () => {
      // Clients keep connections alive; the scenario is over, so nobody is waiting on them.
      await served.close()
      await host.close()
    },
  }
}
