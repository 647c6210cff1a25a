/**
 * One scenario's mart: the local host (every HTTP function behind the gateway that applies
 * kong/kong.yml) served on a free TCP port, so steps talk to it as any client would.
 */
import type { Server } from 'node:http'
import { serve } from '@hono/node-server'
import { createTestHost } from '../../scripts/testing/host.ts'
import type { Sql } from '../../shared/db/index.ts'
import { createLogger } from '../../shared/observability/index.ts'
import { LogLines } from '../../shared/testing/index.ts'

export interface RunningMart {
  url: string
  /** What the functions logged, shown when a scenario fails. */
  logs: LogLines
  close(): Promise<void>
}

export async function startMart(sql: Sql): Promise<RunningMart> {
  const logs = new LogLines()
  const host = await createTestHost({
    sql,
    log: createLogger({ level: 'info', destination: logs.stream }),
  })
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: (request, env) => host.fetch(request, env.incoming.socket.remoteAddress),
        hostname: '127.0.0.1',
        port: 0,
      },
      (info) =>
        resolve({
          url: `http://127.0.0.1:${info.port}`,
          logs,
          close: async () => {
            await stop(server)
            await host.close()
          },
        }),
    ) as Server
    server.once('error', reject)
  })
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()))
    // Clients keep connections alive; the scenario is over, so nobody is waiting on them.
    server.closeAllConnections()
  })
}
