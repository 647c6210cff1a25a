/**
 * The floor the issue's own per-request requirements set, with no framework: a bare
 * `node:http` server that does for each request only what every function must (take or make
 * a request id and echo it, one histogram sample, one request log line), with the toolkit's
 * own logger, metrics and request-id rule. Like the bare server, it answers BENCH_BODY (a JSON
 * text) with BENCH_HEADERS at any path, /healthz included.
 */
import { createServer } from 'node:http'
import { requestIdOf } from '#shared/http'
import { createLogger, createMetrics } from '#shared/observability'

const name = 'bench-observed-only'
/** Its one route, as a function labels its samples with its route's template. */
const route = '/*'
const body = process.env.BENCH_BODY ?? '{}'
const headers = {
  ...(JSON.parse(process.env.BENCH_HEADERS ?? '{}') as Record<string, string>),
  'content-length': String(Buffer.byteLength(body)),
}
const log = createLogger({ level: 'info' }).child({ fn: name }, { redact: [] })
const histogram = createMetrics().httpRequestDuration

createServer((request, response) => {
  const started = performance.now()
  const requestId = requestIdOf(request.headers['x-request-id']?.toString())
  response.writeHead(200, { ...headers, 'x-request-id': requestId })
  response.end(body)
  const durationMs = Math.round((performance.now() - started) * 10) / 10
  const { method = 'GET', url: path = '/' } = request
  histogram.observe({ fn: name, method, route, status: 200 }, durationMs / 1000)
  log.info({ requestId, method, path, status: 200, durationMs }, 'request')
}).listen(Number(process.env.PORT ?? 8080))
