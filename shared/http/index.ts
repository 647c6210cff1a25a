/**
 * The HTTP function toolkit: `defineHttpFunction` turns one zod-openapi route into an app
 * with request ids, logs, metrics, health endpoints, auth and RFC 9457 problem responses.
 */
export { z } from '@hono/zod-openapi'
export {
  type AuthLevel,
  createFunctionApp,
  DEFAULT_BODY_LIMIT_BYTES,
  defineHttpFunction,
  type FunctionEnv,
  type HttpFunction,
  type HttpManifest,
  type HttpMethod,
  requestIdOf,
} from './define.ts'
export { jsonBody, jsonContent, problemContent } from './openapi.ts'
export {
  afterPosition,
  type Page,
  PageCursor,
  type PagePosition,
  PageQuery,
  pageSchema,
  positionColumn,
  toPage,
} from './pagination.ts'
export { PROBLEM_CONTENT_TYPE, Problem, ProblemDocument, problemDocument } from './problem.ts'
export { databaseAnswers, type ReadinessCheck, readinessResponse } from './readiness.ts'
export {
  type AuthRuntime,
  type AuthSettings,
  createAuthRuntime,
  createRuntime,
  type FunctionRuntime,
  type RuntimeSettings,
} from './runtime.ts'
