/**
 * Serves the local host for scripts/bench/throughput.ts, in a process of its own so the load
 * generator does not share its event loop: the gateway on one port and the users-get-me app
 * alone on another, over HTTP with @hono/node-server. Rate limits are raised so the limiter
 * runs but never refuses. Prints one JSON line (ports and a customer's token) when ready, and
 * drops its database on SIGTERM.
 */
import pino from 'pino'
import { createLogger } from '#shared/observability'
import { listen, serveHost } from '#shared/platform'
import { createTestHost } from '#shared/platform/testing'
import { benchDatabase, raiseRateLimits, type ServedHost } from './lib.ts'

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

const gateway = await serveHost(host, { port: 0, hostname: '127.0.0.1' })
const direct = await listen((request) => getMe.fetch(request), { port: 0, hostname: '127.0.0.1' })
const served: ServedHost = {
  gatewayPort: gateway.port,
  directPort: direct.port,
  token: await host.runtime.auth.signAccessToken({ userId: id, role: 'customer' }),
}
console.log(JSON.stringify(served))

process.once('SIGTERM', async () => {
  await Promise.all([gateway.close(), direct.close()])
  await database.close()
  process.exit(0)
})
