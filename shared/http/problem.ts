import { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

export const FieldError = z.object({ path: z.string(), message: z.string() })
export type FieldError = z.infer<typeof FieldError>

/** An RFC 9457 problem document. */
export const ProblemDocument = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(FieldError).optional(),
  })
  .openapi('Problem')
export type ProblemDocument = z.infer<typeof ProblemDocument>

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

/**
 * A failure the caller should see. `kind` names the problem type; the same kind always
 * means the same thing, so clients can branch on `type`.
 */
export class Problem extends Error {
  override name = 'Problem'
  constructor(
    readonly status: ContentfulStatusCode,
    readonly kind: string,
    readonly detail: string,
    readonly extras: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail)
  }

  toDocument(instance?: string): ProblemDocument {
    return problemDocument(this.status, this.kind, this.detail, instance, this.extras.errors)
  }
}

export function problemDocument(
  status: number,
  kind: string,
  detail?: string,
  instance?: string,
  errors?: FieldError[],
): ProblemDocument {
  return {
    type: kind === 'about:blank' ? kind : `urn:imtiaz-mart:problem:${kind}`,
    title: TITLES[status] ?? 'Error',
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(instance === undefined ? {} : { instance }),
    ...(errors === undefined ? {} : { errors }),
  }
}

export function problemResponse(
  c: Context,
  document: ProblemDocument,
  headers: Record<string, string> = {},
): Response {
  return c.body(JSON.stringify(document), document.status as ContentfulStatusCode, {
    ...headers,
    'content-type': PROBLEM_CONTENT_TYPE,
  })
}

/** Every zod issue as a field error, with the part of the request it came from first. */
export function fieldErrors(target: string, error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : []
    const path = [target, ...issue.path.map(String)].join('.')
    return unknownKeys.length > 0
      ? { path, message: `unknown field(s): ${unknownKeys.join(', ')}` }
      : { path, message: issue.message }
  })
}
