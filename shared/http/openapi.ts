import type { z } from '@hono/zod-openapi'
import { PROBLEM_CONTENT_TYPE, ProblemDocument } from './problem.ts'

/** A required JSON request body: a missing or non-JSON body is a 400, never skipped. */
export function jsonBody<Schema extends z.ZodType>(schema: Schema, description?: string) {
  return {
    required: true,
    ...(description === undefined ? {} : { description }),
    content: { 'application/json': { schema } },
  } as const
}

/** A JSON response with its schema. */
export function jsonContent<Schema extends z.ZodType>(schema: Schema, description: string) {
  return { description, content: { 'application/json': { schema } } } as const
}

/** An RFC 9457 problem response, for the OpenAPI document. */
export function problemContent(description: string) {
  return { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemDocument } } }
}
