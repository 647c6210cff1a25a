import { z } from 'zod'
import type { GatewayPlugin } from './types.ts'

export const CorrelationIdConfig = z.strictObject({
  header_name: z.string().default('Kong-Request-ID'),
  generator: z.enum(['uuid', 'uuid#counter', 'tracker']).default('uuid#counter'),
  echo_downstream: z.boolean().default(false),
})

export function correlationId(config: z.infer<typeof CorrelationIdConfig>): GatewayPlugin {
  return {
    name: 'correlation-id',
    priority: 100_000,
    access(exchange) {
      const id = exchange.request.headers.get(config.header_name) ?? crypto.randomUUID()
      exchange.upstreamHeaders.set(config.header_name, id)
      if (config.echo_downstream) exchange.responseHeaders.set(config.header_name, id)
      return undefined
    },
  }
}
