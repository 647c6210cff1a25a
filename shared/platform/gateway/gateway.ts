/**
 * The local gateway: reads the same kong/kong.yml that Kong runs in production and applies
 * it in front of the in-process functions: route matching by path and method, then the
 * plugins, in Kong's order. A plugin it does not know stops it at start, so the local mart
 * never silently differs from the real one.
 */
import type { Registry } from 'prom-client'
import { type ParsedKongPlugin, parseKongConfig } from './kong-config.ts'
import { correlationId } from './plugins/correlation-id.ts'
import { cors } from './plugins/cors.ts'
import { type JwtCredential, jwt, jwtCredential } from './plugins/jwt.ts'
import { gatewayProblem } from './plugins/problem.ts'
import { prometheus } from './plugins/prometheus.ts'
import { rateLimiting } from './plugins/rate-limiting.ts'
import { requestSizeLimiting } from './plugins/request-size-limiting.ts'
import type { GatewayExchange, GatewayPlugin } from './plugins/types.ts'

/** Anything that answers a Request: an in-process function app, in the local host. */
export type Upstream = { fetch(request: Request): Response | Promise<Response> }

interface CompiledRoute {
  serviceName: string
  routeName: string
  upstream: Upstream
  upstreamOrigin: string
  methods: Set<string>
  paths: ((path: string) => boolean)[]
  plugins: GatewayPlugin[]
}

export interface GatewayOptions {
  /** Upstream services by their Kong service name, e.g. `users-login`. */
  upstreams: Map<string, Upstream>
  registry: Registry
  /** The clock for rate-limit windows and token expiry; tests fix it. */
  now?: () => number
}

/** On every answer, whoever gives it: a browser must take the declared type, never guess. */
export const EVERY_ANSWER_HEADERS: ReadonlyMap<string, string> = new Map([
  ['x-content-type-options', 'nosniff'],
])

export interface Gateway {
  fetch(request: Request, clientIp?: string): Promise<Response>
}

export function createGateway(declarative: unknown, options: GatewayOptions): Gateway {
  const config = parseKongConfig(declarative)
  const credentials = new Map<string, JwtCredential>()
  for (const consumer of config.consumers) {
    for (const secret of consumer.jwt_secrets ?? []) {
      credentials.set(secret.key, jwtCredential(consumer.username, secret))
    }
  }
  const now = options.now ?? Date.now
  const build = (plugin: ParsedKongPlugin) =>
    buildPlugin(plugin, { credentials, registry: options.registry, now })
  const globalPlugins = config.plugins.map(build)
  const routes: CompiledRoute[] = config.services.flatMap((service) => {
    const origin = new URL(service.url).origin
    const upstream = options.upstreams.get(service.name)
    if (!upstream) {
      throw new Error(`kong.yml routes to ${service.name}, which the local host does not run`)
    }
    return service.routes.map((route) => ({
      serviceName: service.name,
      routeName: route.name,
      upstream,
      upstreamOrigin: origin,
      methods: new Set(route.methods),
      paths: route.paths.map(pathMatcher),
      // The most specific configuration of a plugin wins: the route's, then the global one.
      plugins: mostSpecific([route.plugins.map(build), globalPlugins]),
    }))
  })

  return {
    async fetch(request, clientIp = '127.0.0.1') {
      const started = performance.now()
      const url = new URL(request.url)
      const route = routes.find(
        (candidate) =>
          candidate.methods.has(request.method) &&
          candidate.paths.some((match) => match(url.pathname)),
      )
      if (!route) {
        const unrouted = gatewayProblem(404, 'not-found', 'no route matched with those values')
        return withHeaders(unrouted, EVERY_ANSWER_HEADERS)
      }
      const exchange: GatewayExchange = {
        request,
        clientIp,
        serviceName: route.serviceName,
        routeName: route.routeName,
        upstreamHeaders: new Map(),
        responseHeaders: new Map(EVERY_ANSWER_HEADERS),
      }
      let response: Response | undefined
      for (const plugin of route.plugins) {
        response = await plugin.access?.(exchange)
        if (response) break
      }
      response = withHeaders(
        response ?? (await proxy(route, exchange, url, clientIp)),
        exchange.responseHeaders,
      )
      const durationMs = performance.now() - started
      for (const plugin of route.plugins) plugin.log?.(exchange, response.status, durationMs)
      return response
    },
  }
}

async function proxy(route: CompiledRoute, exchange: GatewayExchange, url: URL, clientIp: string) {
  const { request } = exchange
  const added: [string, string][] = [
    ...exchange.upstreamHeaders,
    ['x-forwarded-for', clientIp],
    ['x-forwarded-proto', url.protocol.replace(':', '')],
    ['x-forwarded-host', url.host],
  ]
  if (request.method === 'GET' || request.method === 'HEAD') {
    // Without a body the request goes on as it came, its headers added in place: a new
    // Request costs as much as the rest of the gateway. The upstream reads path and headers.
    for (const [name, value] of added) request.headers.set(name, value)
    return route.upstream.fetch(request)
  }
  const headers: Record<string, string> = {}
  for (const [name, value] of request.headers) headers[name] = value
  for (const [name, value] of added) headers[name] = value
  const upstreamRequest = new Request(`${route.upstreamOrigin}${url.pathname}${url.search}`, {
    method: request.method,
    headers,
    body: exchange.body ?? request.body,
    duplex: 'half',
  } as RequestInit)
  return route.upstream.fetch(upstreamRequest)
}

/**
 * Adds the plugins' response headers. In place when the response allows it: copying a
 * response means reading its body as a stream, which costs more than the rest of the gateway.
 */
export function withHeaders(response: Response, headers: ReadonlyMap<string, string>): Response {
  try {
    for (const [name, value] of headers) response.headers.set(name, value)
    return response
  } catch {
    // Immutable headers (a fetched or redirect response): answer with a copy.
    const copy = new Response(response.body, response)
    for (const [name, value] of headers) copy.headers.set(name, value)
    return copy
  }
}

function pathMatcher(path: string): (requestPath: string) => boolean {
  if (path.startsWith('~')) {
    const pattern = new RegExp(`^${path.slice(1)}`)
    return (requestPath) => pattern.test(requestPath)
  }
  return (requestPath) => requestPath.startsWith(path)
}

function mostSpecific(levels: GatewayPlugin[][]): GatewayPlugin[] {
  const chosen = new Map<string, GatewayPlugin>()
  for (const plugins of levels) {
    for (const plugin of plugins) if (!chosen.has(plugin.name)) chosen.set(plugin.name, plugin)
  }
  return [...chosen.values()].sort((a, b) => b.priority - a.priority)
}

interface PluginContext {
  credentials: Map<string, JwtCredential>
  registry: Registry
  now: () => number
}

function buildPlugin(plugin: ParsedKongPlugin, context: PluginContext): GatewayPlugin {
  switch (plugin.name) {
    case 'correlation-id':
      return correlationId(plugin.config)
    case 'cors':
      return cors(plugin.config)
    case 'jwt':
      return jwt(plugin.config, context.credentials, context.now)
    case 'rate-limiting':
      return rateLimiting(plugin.config, context.now)
    case 'request-size-limiting':
      return requestSizeLimiting(plugin.config)
    case 'prometheus':
      return prometheus(plugin.config, context.registry)
  }
}
