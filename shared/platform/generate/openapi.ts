import { OpenAPIHono } from '@hono/zod-openapi'
import type { HttpFunction } from '#shared/http'

// OpenAPI 3.1 names a license by SPDX `identifier`; the config's type is 3.0's, without it.
const LICENSE = { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' }

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
      license: LICENSE,
    },
    // Relative: the host that serves this document (`/openapi.json` of `npm start`) also answers
    // its operations, so the docs page calls the mart it came from. A client sets its baseUrl.
    servers: [{ url: '/', description: 'The gateway serving this document' }],
  })
}
