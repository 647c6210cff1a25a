/**
 * Serves the local host for the throughput benchmarks, in a process of its own so the load
 * generator does not share its event loop: the gateway on one port and each function named in
 * BENCH_DIRECT (comma-separated) alone on another, over HTTP with @hono/node-server. It works
 * on the database of DATABASE_URL, which the benchmark made and fills, with a container's
 * pool; events flow in-process from the outboxes, so read models fill as in `npm start`. Rate
 * limits are raised so the limiter runs but never refuses. Prints one JSON line (the ports)
 * when ready.
 */
import pino from 'pino'
import { createSql } from '#shared/db'
import { createLogger } from '#shared/observability'
import { listen, serveHost } from '#shared/platform'
import { createTestHost } from '#shared/platform/testing'
import { raiseRateLimits, type ServedHost } from './lib.ts'

const sql = createSql(process.env.DATABASE_URL ?? '')
const host = await createTestHost({
  sql,
  // Request logs are written as in production, to a sink nobody reads.
  log: createLogger({ level: 'info', destination: pino.destination({ dest: '/dev/null' }) }),
  adjustKongConfig: raiseRateLimits,
})
const direct = (process.env.BENCH_DIRECT ?? '').split(',').filter((name) => name !== '')
const servers = await Promise.all(
  direct.map(async (name) => {
    const app = host.apps.get(name)
    if (!app) throw new Error(`the local host has no ${name}`)
    return [
      name,
      await listen((request) => app.fetch(request), { port: 0, hostname: '127.0.0.1' }),
    ] as const
  }),
)
const gateway = await serveHost(host, { port: 0, hostname: '127.0.0.1' })
const served: ServedHost = {
  gatewayPort: gateway.port,
  directPorts: Object.fromEntries(servers.map(([name, server]) => [name, server.port])),
}
console.log(JSON.stringify(served))

process.once('SIGTERM', async () => {
  const listening = [gateway, ...servers.map(([, server]) => server)]
  await Promise.all(listening.map((server) => server.close()))
  await host.close()
  await sql.end({ timeout: 5 })
  process.exit(0)
})
