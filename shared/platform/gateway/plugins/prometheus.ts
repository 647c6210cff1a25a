import { Counter, Histogram, type Registry } from 'prom-client'
import { z } from 'zod'
import type { GatewayPlugin } from './types.ts'

export const PrometheusConfig = z.strictObject({
  per_consumer: z.boolean().default(false),
  status_code_metrics: z.boolean().default(false),
  latency_metrics: z.boolean().default(false),
  bandwidth_metrics: z.boolean().default(false),
  upstream_health_metrics: z.boolean().default(false),
})

/** Kong's request counter and latency histogram, under Kong's metric names. */
export function prometheus(
  config: z.infer<typeof PrometheusConfig>,
  registry: Registry,
): GatewayPlugin {
  const requests = config.status_code_metrics
    ? new Counter({
        name: 'kong_http_requests_total',
        help: 'HTTP status codes per service and route in Kong',
        labelNames: ['service', 'route', 'code'] as const,
        registers: [registry],
      })
    : undefined
  const latency = config.latency_metrics
    ? new Histogram({
        name: 'kong_request_latency_ms',
        help: 'Total latency incurred during requests for each service and route in Kong',
        labelNames: ['service', 'route'] as const,
        buckets: [1, 2, 5, 7, 10, 15, 20, 30, 50, 75, 100, 200, 500, 1000, 2000, 5000],
        registers: [registry],
      })
    : undefined
  return {
    name: 'prometheus',
    priority: 13,
    log(exchange, status, durationMs) {
      const labels = { service: exchange.serviceName, route: exchange.routeName }
      requests?.inc({ ...labels, code: status })
      latency?.observe(labels, durationMs)
    },
  }
}
