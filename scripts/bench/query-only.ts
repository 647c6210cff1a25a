/**
 * The floor a database-backed function is measured against: a bare `node:http` server with a
 * postgres.js pool that answers what a function answers, found by its domain's own query:
 * - GET /users/me: the profile users-get-me returns, for the user id given in X-User-Id;
 * - GET /products/{id}: the product catalog-get-product returns, availability included;
 * - GET /products?q=…&limit=…: the page of catalog-list-products, ranked by relevance.
 * No token check, validation, ETag, request id, log line or metrics: only the query and its
 * JSON. /healthz answers without the database. Its bundle carries what the domains' queries
 * import (the toolkit's http module among it): code that is loaded but never runs per request,
 * so it weighs on start and memory, not on throughput.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createSql } from '#shared/db'
import { findListedProduct, searchProducts } from '../../functions/catalog/lib/products.ts'
import { findUserById } from '../../functions/users/lib/users.ts'

const sql = createSql(process.env.DATABASE_URL ?? '')

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
  })
  response.end(text)
}

/** The status and body of the query `request` asks for. */
async function answer(request: IncomingMessage): Promise<[number, unknown]> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1')
  if (url.pathname === '/users/me') {
    const userId = request.headers['x-user-id']
    if (typeof userId !== 'string') return [400, { error: 'X-User-Id is missing' }]
    const user = await findUserById(sql, userId)
    return user ? [200, user] : [404, { error: 'no such user' }]
  }
  if (url.pathname === '/products') {
    const q = url.searchParams.get('q')
    if (q === null) return [400, { error: 'q is missing: the page is ranked by relevance' }]
    const limit = Number(url.searchParams.get('limit') ?? 20)
    return [200, await searchProducts(sql, { q, limit, sort: 'relevance' })]
  }
  const productId = /^\/products\/([^/]+)$/.exec(url.pathname)?.[1]
  if (productId !== undefined) {
    const product = await findListedProduct(sql, productId)
    return product ? [200, product] : [404, { error: 'no such product' }]
  }
  return [404, { error: `nothing at ${url.pathname}` }]
}

createServer(async (request, response) => {
  if (request.url === '/healthz') return send(response, 200, { status: 'ok' })
  try {
    send(response, ...(await answer(request)))
  } catch (error) {
    // An answer rather than an unhandled rejection, which would end the server mid-run.
    send(response, 500, { error: String(error) })
  }
}).listen(Number(process.env.PORT ?? 8080))
