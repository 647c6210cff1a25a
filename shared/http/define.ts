import { createRoute, OpenAPIHono, type RouteConfig, type RouteHandler } from '@hono/zod-openapi'
import type { Context, Env, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { InvalidTokenError, type Principal } from '#shared/auth'
import { isDatabaseUnavailable } from '#shared/db'
import { problemContent } from './openapi.ts'
import { fieldErrors, Problem, problemDocument, problemResponse } from './problem.ts'
import { databaseAnswers, type ReadinessCheck, readinessResponse } from './readiness.ts'
import type { FunctionRuntime } from './runtime.ts'
import { unstorableStrings } from './storable.ts'

export type AuthLevel = 'public' | 'customer' | 'admin'
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

/** Everything the platform needs to know about an HTTP function, and nothing more. */
export interface HttpManifest {
  kind: 'http'
  /** `<domain>-<function>`: the container, Kong service, metrics label and log field `fn`. */
  name: string
  method: HttpMethod
  /** OpenAPI path, e.g. `/users/{userId}`. */
  path: string
  auth: AuthLevel
  rateLimit: { perMinute: number }
  bodyLimitBytes: number
  /** Whether the function signs access tokens and so needs AUTH_SIGNING_KEY. */
  signsTokens: boolean
}

type Variables<A extends AuthLevel> = {
  runtime: FunctionRuntime
  requestId: string
  functionName: string
} & (A extends 'public' ? Record<never, never> : { principal: Principal })

export type FunctionEnv<A extends AuthLevel> = { Variables: Variables<A> }

export interface HttpFunction {
  manifest: HttpManifest
  route: RouteConfig
  createApp(runtime: FunctionRuntime): OpenAPIHono
}

export interface HttpFunctionDefinition<R extends RouteConfig, A extends AuthLevel> {
  name: string
  auth: A
  rateLimit: { perMinute: number }
  bodyLimitBytes?: number
  signsTokens?: boolean
  route: R
  handler: RouteHandler<R, FunctionEnv<A>>
}

export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024
const REQUEST_ID = /^[\w.:@-]{1,128}$/

/** The caller's X-Request-ID when it is a safe token (it goes into logs), else a new one. */
export function requestIdOf(given: string | undefined): string {
  return given && REQUEST_ID.test(given) ? given : crypto.randomUUID()
}

/** Defines an HTTP function: one zod-openapi route, its auth level and limits. */
export function defineHttpFunction<R extends RouteConfig, A extends AuthLevel>(
  definition: HttpFunctionDefinition<R, A>,
): HttpFunction {
  const { route, auth } = definition
  const manifest: HttpManifest = {
    kind: 'http',
    name: definition.name,
    method: route.method as HttpMethod,
    path: route.path,
    auth,
    rateLimit: definition.rateLimit,
    bodyLimitBytes: definition.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
    signsTokens: definition.signsTokens ?? false,
  }
  const documentedRoute = createRoute({
    ...route,
    operationId: operationIdOf(definition.name),
    // Public says so outright (`[]`): an operation with no `security` reads as "not stated".
    security: auth === 'public' ? [] : [{ bearerAuth: [] }],
    responses: { ...commonResponses(auth), ...route.responses },
  })

  return {
    manifest,
    route: documentedRoute,
    createApp(runtime) {
      const app = createFunctionApp<FunctionEnv<A>>(manifest.name, manifest.path, runtime)
      const honoPath = route.path.replace(/\{(\w+)\}/g, ':$1')
      app.on(
        manifest.method.toUpperCase(),
        honoPath,
        limitBody(manifest.bodyLimitBytes),
        authenticate(auth),
      )
      app.openapi(route, definition.handler as never)
      return app as unknown as OpenAPIHono
    },
  }
}

/** `users-get-me` → `usersGetMe`: the method name client generators give the operation. */
function operationIdOf(name: string): string {
  return name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())
}

function commonResponses(auth: AuthLevel) {
  const problem = problemContent
  return {
    400: problem('The request is malformed; `errors` lists every bad field.'),
    ...(auth === 'public' ? {} : { 401: problem('No valid access token.') }),
    ...(auth === 'admin' ? { 403: problem('The caller is not an admin.') } : {}),
    429: problem('Too many requests; see Retry-After.'),
  }
}

/**
 * What every function app shares, HTTP or event: request ids, one log line and one histogram
 * sample per request, the health and metrics endpoints, and problem documents for errors.
 * `readiness` adds conditions beyond a reachable database (an event function's trigger).
 */
export function createFunctionApp<E extends Env>(
  name: string,
  routeLabel: string,
  runtime: FunctionRuntime,
  readiness: Record<string, ReadinessCheck> = {},
): OpenAPIHono<E> {
  const app = new OpenAPIHono<E>({ defaultHook: answerInvalidInput })
  app.use(observe(name, routeLabel, runtime))
  app.get('/healthz', (c) => c.json({ status: 'ok' }))
  app.get('/readyz', () =>
    readinessResponse({ database: databaseAnswers(runtime.sql), ...readiness }),
  )
  app.get('/metrics', async (c) =>
    c.text(await runtime.metrics.registry.metrics(), 200, {
      'content-type': runtime.metrics.registry.contentType,
    }),
  )
  app.notFound((c) =>
    problemResponse(c, problemDocument(404, 'not-found', 'no such route', c.req.path)),
  )
  app.onError((error, c) => answerError(error, c, runtime))
  return app
}

/** Request ids, nosniff, one log line and one histogram sample per request, requests in flight. */
function observe(name: string, routeLabel: string, runtime: FunctionRuntime): MiddlewareHandler {
  // The request line carries only the fields below, none of which can hold a secret, so it
  // skips redaction: its wildcard paths cost more than the rest of the line (about 8 µs).
  const log = runtime.log.child({ fn: name }, { redact: [] })
  const histogram = runtime.metrics.httpRequestDuration
  // The labelled child once, so a request pays no label lookup to count itself in and out.
  const inFlight = runtime.metrics.httpRequestsInFlight.labels({ fn: name })
  const probes = new Set(['/healthz', '/readyz', '/metrics'])
  return async function observeRequest(c, next) {
    const started = performance.now()
    const requestId = requestIdOf(c.req.header('x-request-id'))
    c.set('requestId', requestId)
    c.set('functionName', name)
    c.set('runtime', runtime)
    const { method, path } = c.req
    // A scrape would otherwise always find itself in flight.
    const probe = probes.has(path)
    if (!probe) inFlight.inc()
    try {
      await next()
    } finally {
      if (!probe) inFlight.dec()
    }
    setResponseHeader(c, 'x-request-id', requestId)
    // Browsers must take the declared content type (a problem, JSON), never guess another.
    setResponseHeader(c, 'x-content-type-options', 'nosniff')
    const durationMs = performance.now() - started
    const status = c.res.status
    const route = probe ? path : c.req.routePath === '/*' ? 'unmatched' : routeLabel
    histogram.observe({ fn: name, method, route, status }, durationMs / 1000)
    const line = { requestId, method, path, status, durationMs: Math.round(durationMs * 10) / 10 }
    if (probe) log.debug(line, 'request')
    else log.info(line, 'request')
  }
}

/**
 * Sets a header on the answer in place. `c.header()` after the handler copies the response,
 * which turns @hono/node-server's cheap response into a full one read back as a stream.
 */
function setResponseHeader(c: Context, name: string, value: string): void {
  try {
    c.res.headers.set(name, value)
  } catch {
    // Headers of a fetched or redirect response are immutable: let Hono copy the response.
    c.header(name, value)
  }
}

/**
 * Hono's bodyLimit, skipped for GET and HEAD, which have no body: looking at
 * `c.req.raw.body` makes @hono/node-server build a full Request for every request.
 */
function limitBody(maxSize: number): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize,
    onError: (c) =>
      problemResponse(
        c,
        problemDocument(413, 'body-too-large', `the body may be at most ${maxSize} bytes`),
      ),
  })
  return function limitRequestBody(c, next) {
    const { method } = c.req
    return method === 'GET' || method === 'HEAD' ? next() : limit(c, next)
  }
}

function authenticate(auth: AuthLevel): MiddlewareHandler {
  return async function authenticateCaller(c, next) {
    if (auth === 'public') return next()
    const header = c.req.header('authorization')
    const token = header?.match(/^Bearer ([\w-]+\.[\w-]+\.[\w-]*)$/i)?.[1]
    if (!token) {
      throw new Problem(401, 'unauthenticated', 'a bearer access token is required', {
        headers: { 'www-authenticate': 'Bearer' },
      })
    }
    const runtime: FunctionRuntime = c.get('runtime')
    const principal = await runtime.auth.verifyAccessToken(token)
    if (auth === 'admin' && principal.role !== 'admin') {
      throw new Problem(403, 'forbidden', 'this needs an admin')
    }
    c.set('principal', principal)
    return next()
  }
}

type ValidationResult =
  | { success: true; target: string; data: unknown }
  | { success: false; target: string; data?: unknown; error: import('zod').ZodError }

/**
 * Answers a request whose params, query or body the route's schemas refuse, or that holds text
 * the database cannot store (the schemas take it; PostgreSQL would not): 400, every bad field.
 * @hono/zod-validator hands the hook the parsed value on success and the raw one on failure
 * (its type leaves that one out), so the text checked is what would reach the database, or
 * all that was sent.
 */
function answerInvalidInput(result: ValidationResult, c: Context) {
  const errors = [
    ...(result.success ? [] : fieldErrors(result.target, result.error)),
    ...unstorableStrings(result.data, result.target),
  ]
  if (errors.length === 0) return
  return problemResponse(
    c,
    problemDocument(400, 'invalid-request', 'the request has invalid fields', c.req.path, errors),
  )
}

function answerError(error: Error, c: Context, runtime: FunctionRuntime): Response {
  if (error instanceof Problem) {
    return problemResponse(c, error.toDocument(c.req.path), error.extras.headers)
  }
  if (error instanceof InvalidTokenError) {
    return problemResponse(c, problemDocument(401, 'invalid-token', error.message, c.req.path), {
      'www-authenticate': 'Bearer error="invalid_token"',
    })
  }
  if (error instanceof HTTPException && error.status < 500) {
    return problemResponse(
      c,
      problemDocument(error.status, 'bad-request', error.message, c.req.path),
    )
  }
  if (isDatabaseUnavailable(error)) {
    runtime.log.warn(
      {
        requestId: c.get('requestId'),
        path: c.req.path,
        err: { code: 'code' in error ? error.code : undefined },
      },
      'database unavailable',
    )
    return problemResponse(
      c,
      problemDocument(503, 'unavailable', 'the service is briefly unavailable; try again'),
      { 'retry-after': '1' },
    )
  }
  const { name, message, stack } = error
  runtime.log.error(
    { requestId: c.get('requestId'), path: c.req.path, err: { name, message, stack } },
    'unhandled error',
  )
  return problemResponse(c, problemDocument(500, 'about:blank'))
}
