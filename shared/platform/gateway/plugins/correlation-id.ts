import { z } from 'zod'
import { requestIdOf } from '#shared/http'
import type { GatewayPlugin } from './types.ts'

export const CorrelationIdConfig = z.strictObject({
  header_name: z.string().default('Kong-Request-ID'),
  generator: z.enum(['uuid', 'uuid#counter', 'tracker']).default('uuid#counter'),
  echo_downstream: z.boolean().default(false),
})

export function correlationId(config: z.infer<typeof CorrelationIdConfig>): GatewayPlugin {
  const name = config.header_name.toLowerCase()
  return {
    name: 'correlation-id',
    priority: 100_000,
    access(exchange) {
      // The functions' rule: an unsafe id is replaced before it reaches a log line, and the
      // client is told the id that was logged, not the one it sent.
      const id = requestIdOf(exchange.request.headers.get(name) ?? undefined)
      exchange.upstreamHeaders.set(name, id)
      if (config.echo_downstream) exchange.responseHeaders.set(name, id)
      return undefined
    },
  }
}
