import { OpenAPIHono } from '@hono/zod-openapi'
import type { HttpFunction } from '#shared/http'

/** One OpenAPI 3.1 document for the whole mart, merged from every function's route. */
export function openApiDocument(functions: HttpFunction[]) {
  const merged = new OpenAPIHono()
  merged.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  })
  for (const fn of functions) {
    merged.openapi(fn.route, (c) => c.body(null, 501))
  }
  return merged.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Imtiaz Mart API',
      version: '1.0.0',
      description: 'The online mart: accounts, catalog, stock, orders, payments, notifications.',
    },
  })
}
