import type { Sql } from '#shared/db'
import { PROBLEM_CONTENT_TYPE, problemDocument } from './problem.ts'

/** One condition of readiness: true when it holds; a throw counts as false. */
export type ReadinessCheck = () => boolean | Promise<boolean>

/**
 * Every /readyz answers the same way, a function's, the local host's and the relay's: 200
 * `{"status":"ready"}` when every check holds, else a 503 problem naming those that do not.
 */
export async function readinessResponse(checks: Record<string, ReadinessCheck>): Promise<Response> {
  const failing: string[] = []
  for (const [name, check] of Object.entries(checks)) {
    const holds = await Promise.resolve()
      .then(check)
      .catch(() => false)
    if (!holds) failing.push(name)
  }
  if (failing.length === 0) return Response.json({ status: 'ready' })
  const problem = problemDocument(503, 'not-ready', `not ready: ${failing.join(', ')}`, '/readyz')
  return new Response(JSON.stringify(problem), {
    status: 503,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE },
  })
}

/** The check every runtime has: its database answers. */
export const databaseAnswers =
  (sql: Sql): ReadinessCheck =>
  () =>
    sql`select 1`.then(() => true)
