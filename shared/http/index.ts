/**
 * The HTTP function toolkit: `defineHttpFunction` turns one zod-openapi route into an app
 * with request ids, logs, metrics, health endpoints, auth and RFC 9457 problem responses.
 */
export { z } from '@hono/zod-openapi'
export { cacheableJson, clientHasCurrent, publicCacheHeaders } from './caching.ts'
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
  afterKeyset,
  afterPosition,
  KeysetCursor,
  type KeysetOrder,
  type KeysetPosition,
  keysetColumn,
  keysetOrderBy,
  newestFirst,
  type Page,
  PageCursor,
  PageLimit,
  type PagePosition,
  PageQuery,
  pageSchema,
  positionColumn,
  requireCursorOf,
  toKeysetPage,
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
