import { z } from 'zod'
import { gatewayProblem } from './problem.ts'
import type { GatewayPlugin } from './types.ts'

export const RequestSizeLimitingConfig = z.strictObject({
  allowed_payload_size: z.number().int().positive().default(128),
  size_unit: z.enum(['megabytes', 'kilobytes', 'bytes']).default('megabytes'),
  require_content_length: z.boolean().default(false),
})

const UNIT_BYTES = { megabytes: 1024 * 1024, kilobytes: 1024, bytes: 1 }

export function requestSizeLimiting(
  config: z.infer<typeof RequestSizeLimitingConfig>,
): GatewayPlugin {
  const limit = config.allowed_payload_size * UNIT_BYTES[config.size_unit]
  const tooLarge = () =>
    gatewayProblem(413, 'body-too-large', `the body may be at most ${limit} bytes`)
  return {
    name: 'request-size-limiting',
    priority: 951,
    async access(exchange) {
      const { request } = exchange
      const declared = request.headers.get('content-length')
      if (declared !== null && Number(declared) > limit) return tooLarge()
      // GET and HEAD have no body; looking at `request.body` would make @hono/node-server
      // build the full Request for nothing.
      if (request.method === 'GET' || request.method === 'HEAD') return undefined
      if (declared === null && config.require_content_length && request.body) {
        return gatewayProblem(411, 'length-required', 'a content-length header is required')
      }
      if (!request.body) return undefined
      // A chunked body has no declared length: read it, stopping at the limit.
      const chunks: Uint8Array[] = []
      let size = 0
      for await (const chunk of request.body) {
        size += chunk.byteLength
        if (size > limit) return tooLarge()
        chunks.push(chunk)
      }
      exchange.body = await new Blob(chunks).arrayBuffer()
      return undefined
    },
  }
}
