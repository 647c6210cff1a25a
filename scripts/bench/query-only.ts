/**
 * The floor a database-backed function is measured against: a bare `node:http` server with a
 * postgres.js pool that answers any path with the profile users-get-me returns, found by the
 * users domain's own query, for the user id given in X-User-Id. No token check, request id,
 * log line or metrics: only the query and its JSON. /healthz answers without the database.
 * Its bundle carries what users.ts imports (the toolkit's http module among it): code that is
 * loaded but never runs per request, so it weighs on start and memory, not on throughput.
 */
import { createServer, type ServerResponse } from 'node:http'
import { createSql } from '#shared/db'
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

createServer(async (request, response) => {
  if (request.url === '/healthz') return send(response, 200, { status: 'ok' })
  const userId = request.headers['x-user-id']
  if (typeof userId !== 'string') return send(response, 400, { error: 'X-User-Id is missing' })
  try {
    const user = await findUserById(sql, userId)
    send(response, user ? 200 : 404, user ?? { error: 'no such user' })
  } catch (error) {
    // An answer rather than an unhandled rejection, which would end the server mid-run.
    send(response, 500, { error: String(error) })
  }
}).listen(Number(process.env.PORT ?? 8080))
