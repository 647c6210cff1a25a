import { z } from 'zod'
import type { GatewayPlugin } from './types.ts'

export const CorsConfig = z.strictObject({
  origins: z.array(z.string()).default(['*']),
  methods: z.array(z.string()),
  headers: z.array(z.string()).default([]),
  exposed_headers: z.array(z.string()).default([]),
  credentials: z.boolean().default(false),
  max_age: z.number().int().optional(),
})

export function cors(config: z.infer<typeof CorsConfig>): GatewayPlugin {
  const anyOrigin = config.origins.includes('*')
  return {
    name: 'cors',
    priority: 2000,
    access(exchange) {
      const origin = exchange.request.headers.get('origin')
      if (!origin) return undefined
      const allowed = anyOrigin ? '*' : config.origins.includes(origin) ? origin : undefined
      if (!allowed) return undefined
      exchange.responseHeaders.set('access-control-allow-origin', allowed)
      if (!anyOrigin) exchange.responseHeaders.set('vary', 'Origin')
      if (config.credentials)
        exchange.responseHeaders.set('access-control-allow-credentials', 'true')
      if (exchange.request.method !== 'OPTIONS') {
        if (config.exposed_headers.length > 0) {
          exchange.responseHeaders.set(
            'access-control-expose-headers',
            config.exposed_headers.join(','),
          )
        }
        return undefined
      }
      const preflight = new Headers([...exchange.responseHeaders])
      preflight.set('access-control-allow-methods', config.methods.join(','))
      preflight.set('access-control-allow-headers', config.headers.join(','))
      if (config.max_age !== undefined)
        preflight.set('access-control-max-age', String(config.max_age))
      return new Response(null, { status: 200, headers: preflight })
    },
  }
}
