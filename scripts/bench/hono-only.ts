/**
 * The framework floor the benchmarks show beside each function: a Hono app on
 * @hono/node-server with none of the toolkit (no request ids, logs, metrics, auth or
 * validation). It answers GET /healthz, and BENCH_BODY (a JSON text) with BENCH_HEADERS at any
 * other path, the way a function answers with `c.json()`.
 */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'

const body: unknown = JSON.parse(process.env.BENCH_BODY ?? '{}')
const headers = JSON.parse(process.env.BENCH_HEADERS ?? '{}') as Record<string, string>

const app = new Hono()
app.get('/healthz', (c) => c.json({ status: 'ok' }))
app.get('*', (c) => {
  for (const [name, value] of Object.entries(headers)) c.header(name, value)
  return c.json(body, 200)
})
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) })
