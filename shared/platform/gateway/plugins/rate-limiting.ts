import { z } from 'zod'
import { gatewayProblem } from './problem.ts'
import type { GatewayPlugin } from './types.ts'

export const RateLimitingConfig = z.strictObject({
  second: z.number().int().positive().optional(),
  minute: z.number().int().positive().optional(),
  hour: z.number().int().positive().optional(),
  limit_by: z.enum(['ip', 'consumer', 'credential']).default('consumer'),
  policy: z.literal('local'),
  fault_tolerant: z.boolean().default(true),
  hide_client_headers: z.boolean().default(false),
})

const WINDOWS = { second: 1, minute: 60, hour: 3600 } as const

/**
 * Kong's `local` policy: fixed windows aligned to the clock, counted in this process, with the
 * RateLimit-* headers on every answer and Retry-After on a 429.
 */
export function rateLimiting(
  config: z.infer<typeof RateLimitingConfig>,
  now: () => number = Date.now,
): GatewayPlugin {
  const limits = (Object.keys(WINDOWS) as (keyof typeof WINDOWS)[]).flatMap((window) => {
    const limit = config[window]
    if (limit === undefined) return []
    const suffix = `${window[0]?.toUpperCase()}${window.slice(1)}`
    return [
      {
        window,
        seconds: WINDOWS[window],
        limit,
        limitHeader: `x-ratelimit-limit-${suffix}`,
        remainingHeader: `x-ratelimit-remaining-${suffix}`,
      },
    ]
  })
  if (limits.length === 0) throw new Error('rate-limiting needs a second, minute or hour limit')
  const counters = new Map<string, number>()
  let sweptWindow = 0
  return {
    name: 'rate-limiting',
    priority: 910,
    access(exchange) {
      const nowSeconds = now() / 1000
      const client =
        config.limit_by === 'ip'
          ? exchange.clientIp
          : (exchange.upstreamHeaders.get('x-consumer-id') ?? exchange.clientIp)
      if (Math.floor(nowSeconds / 60) !== sweptWindow) {
        sweptWindow = Math.floor(nowSeconds / 60)
        sweepExpired(counters, nowSeconds)
      }
      let tightest: { limit: number; remaining: number; reset: number } | undefined
      let exceeded: { reset: number } | undefined
      const keys: string[] = []
      for (const { window, seconds, limit, limitHeader, remainingHeader } of limits) {
        const windowStart = Math.floor(nowSeconds / seconds) * seconds
        const key = `${windowStart + seconds}|${window}|${client}`
        keys.push(key)
        const used = (counters.get(key) ?? 0) + 1
        const reset = Math.max(1, Math.ceil(windowStart + seconds - nowSeconds))
        const remaining = Math.max(0, limit - used)
        if (!config.hide_client_headers) {
          exchange.responseHeaders.set(limitHeader, String(limit))
          exchange.responseHeaders.set(remainingHeader, String(remaining))
        }
        if (!tightest || remaining < tightest.remaining) tightest = { limit, remaining, reset }
        if (used > limit && (!exceeded || reset > exceeded.reset)) exceeded = { reset }
      }
      if (tightest && !config.hide_client_headers) {
        exchange.responseHeaders.set('ratelimit-limit', String(tightest.limit))
        exchange.responseHeaders.set('ratelimit-remaining', String(tightest.remaining))
        exchange.responseHeaders.set('ratelimit-reset', String(tightest.reset))
      }
      if (!exceeded) {
        // Like Kong, only requests that get through count against the limit.
        for (const key of keys) counters.set(key, (counters.get(key) ?? 0) + 1)
        return undefined
      }
      exchange.responseHeaders.set('retry-after', String(exceeded.reset))
      return gatewayProblem(429, 'rate-limited', 'API rate limit exceeded')
    },
  }
}

function sweepExpired(counters: Map<string, number>, nowSeconds: number) {
  for (const key of counters.keys()) {
    if (Number(key.slice(0, key.indexOf('|'))) <= nowSeconds) counters.delete(key)
  }
}
