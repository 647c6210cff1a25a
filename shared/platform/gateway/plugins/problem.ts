import { PROBLEM_CONTENT_TYPE, problemDocument } from '#shared/http'

/** The gateway answers in RFC 9457 problems, like the functions behind it. */
export function gatewayProblem(
  status: number,
  kind: string,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(problemDocument(status, kind, detail)), {
    status,
    headers: { ...headers, 'content-type': PROBLEM_CONTENT_TYPE },
  })
}
