/**
 * Serves the local host for scripts/bench/throughput.ts, in a process of its own so the load
 * generator does not share its event loop: the gateway on one port and the users-get-me app
 * alone on another, over HTTP with @hono/node-server. Rate limits are raised so the limiter
 * runs but never refuses. Prints one JSON line (ports and a customer's token) when ready, and
 * drops its database on SIGTERM.
 */
import type { Server } from 'node:http'
import { serve } from '@hono/node-server'
import pino from 'pino'
import { createLogger } from '../../shared/observability/index.ts'
import { createTestHost } from '../testing/host.ts'
import { benchDatabase, raiseRateLimits, type ServedHost } from './lib.ts'

function listen(fetch: (request: Request, ip?: string) => Promise<Response> | Response) {
  return new Promise<{ server: Server; port: number }>((resolve) => {
    const server = serve(
      {
        fetch: (request, env) => fetch(request, env.incoming.socket.remoteAddress),
        port: 0,
        hostname: '127.0.0.1',
      },
      (info) => resolve({ server, port: info.port }),
    ) as Server
  })
}

const database = await benchDatabase()
const host = await createTestHost({
  sql: database.sql,
  // Request logs are written as in production, to a sink nobody reads.
  log: createLogger({ level: 'info', destination: pino.destination({ dest: '/dev/null' }) }),
  adjustKongConfig: raiseRateLimits,
})
const registered = await host.fetch(
  new Request('http://127.0.0.1/auth/register', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'bench@example.com',
      password: 'a long passphrase',
      name: 'Bench',
    }),
  }),
)
if (registered.status !== 201) throw new Error(`register answered ${registered.status}`)
const { id } = (await registered.json()) as { id: string }
const getMe = host.apps.get('users-get-me')
if (!getMe) throw new Error('the local host has no users-get-me')

const gateway = await listen((request, ip) => host.fetch(request, ip))
const direct = await listen((request) => getMe.fetch(request))
const served: ServedHost = {
  gatewayPort: gateway.port,
  directPort: direct.port,
  token: await host.runtime.auth.signAccessToken({ userId: id, role: 'customer' }),
}
console.log(JSON.stringify(served))

process.once('SIGTERM', async () => {
  gateway.server.close()
  direct.server.close()
  gateway.server.closeAllConnections()
  direct.server.closeAllConnections()
  await database.close()
  process.exit(0)
})
