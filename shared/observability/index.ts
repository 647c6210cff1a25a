/**
 * Observability: one JSON log line per event (pino) and Prometheus metrics (prom-client).
 * Secrets never reach a log line: bodies are never logged, and the usual secret fields are
 * redacted should anything pass one in by mistake.
 */
import pino, { type Logger } from 'pino'
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'

export type { Logger } from 'pino'

export const REDACTED_FIELDS = [
  'password',
  'currentPassword',
  'newPassword',
  'accessToken',
  'refreshToken',
  'token',
  'authorization',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.accessToken',
  '*.refreshToken',
  '*.token',
  '*.authorization',
]

export interface LoggerOptions {
  level: string
  destination?: pino.DestinationStream
}

export function createLogger({ level, destination }: LoggerOptions): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: null,
    messageKey: 'msg',
    timestamp: pino.stdTimeFunctions.epochTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_FIELDS, censor: '[redacted]' },
  }
  return destination ? pino(options, destination) : pino(options)
}

/** The metrics every function exports: Node's defaults, how long requests take, how many run. */
export interface Metrics {
  registry: Registry
  httpRequestDuration: Histogram<'fn' | 'method' | 'route' | 'status'>
  httpRequestsInFlight: Gauge<'fn'>
}

export function createMetrics(): Metrics {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  const httpRequestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from request to response, by function, method, route and status.',
    labelNames: ['fn', 'method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  })
  const httpRequestsInFlight = new Gauge({
    name: 'http_requests_in_flight',
    help: 'Requests a function has taken and not yet answered (probes and /metrics left out).',
    labelNames: ['fn'] as const,
    registers: [registry],
  })
  return { registry, httpRequestDuration, httpRequestsInFlight }
}
