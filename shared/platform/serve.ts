import type { Server } from 'node:http'
import { serve } from '@hono/node-server'
import type { Logger } from '#shared/observability'

/** Anything that answers requests, given the client's address: a function app, the host. */
export type RequestHandler = (request: Request, clientIp?: string) => Response | Promise<Response>

/** Serves `handler` over HTTP/1.1 on `port` (0 = any free one); resolves once it listens. */
function listenOn(handler: RequestHandler, port: number, hostname?: string) {
  return new Promise<{ server: Server; port: number }>((resolve, reject) => {
    const server = serve(
      {
        fetch: (request, env) => handler(request, env.incoming.socket.remoteAddress),
        port,
        ...(hostname ? { hostname } : {}),
      },
      (info) => resolve({ server, port: info.port }),
    ) as Server
    server.once('error', reject)
  })
}

export interface Listening {
  server: Server
  port: number
  url: string
  /** Stops taking connections and closes the open ones: for tests and benchmarks. */
  close(): Promise<void>
}

/** Serves `handler` on `port` (0 = any free one), for the local host, tests and benchmarks. */
export async function listen(
  handler: RequestHandler,
  { port, hostname }: { port: number; hostname?: string },
): Promise<Listening> {
  const listening = await listenOn(handler, port, hostname)
  const { server } = listening
  return {
    ...listening,
    url: `http://${hostname ?? 'localhost'}:${listening.port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}

/** Serves the local host (every function behind the gateway) on `port`, 0 for any free one. */
export function serveHost(
  host: { fetch: RequestHandler },
  options: { port: number; hostname?: string },
): Promise<Listening> {
  return listen((request, clientIp) => host.fetch(request, clientIp), options)
}

export interface StopOptions {
  log: Logger
  graceMs: number
  /** Runs once the server has stopped taking requests and the last one is answered. */
  onClosed(): Promise<unknown>
}

/**
 * On SIGTERM or SIGINT: stop accepting, let in-flight requests finish (cut after `graceMs`),
 * run `onClosed`, exit 0.
 */
export function stopOnSignals(server: Server, options: StopOptions): void {
  const { log } = options
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    log.info({ signal }, 'shutting down')
    const force = setTimeout(() => server.closeAllConnections(), options.graceMs)
    force.unref()
    server.close(async () => {
      await options.onClosed()
      log.info('stopped')
      process.exit(0)
    })
    server.closeIdleConnections()
  }
  process.once('SIGTERM', () => stop('SIGTERM'))
  process.once('SIGINT', () => stop('SIGINT'))
}

/** A container's server: `handler` on PORT until SIGTERM, then a clean stop. */
export async function serveUntilStopped(
  handler: RequestHandler,
  options: StopOptions & { port: number },
): Promise<void> {
  const { server, port } = await listenOn(handler, options.port)
  options.log.info({ port }, 'listening')
  stopOnSignals(server, options)
}
