import { ProblemDocument } from '#shared/http'

/** Reads a response as an RFC 9457 problem, checking its media type and shape. */
export async function readProblem(res: Response): Promise<ProblemDocument> {
  const contentType = res.headers.get('content-type')
  if (contentType !== 'application/problem+json') {
    throw new Error(`expected a problem document, got ${contentType}: ${await res.text()}`)
  }
  return ProblemDocument.parse(await res.json())
}

export function jsonRequest(method: string, body: unknown, headers: Record<string, string> = {}) {
  return {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  }
}
