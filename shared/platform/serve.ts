import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { Server as NetServer, type Socket } from 'node:net'
import { serve } from '@hono/node-server'
import { readinessResponse } from '#shared/http'
import type { Logger } from '#shared/observability'
import { StartupError } from './failed-start.ts'

/** Anything that answers requests, given the client's address: a function app, the host. */
export type RequestHandler = (request: Request, clientIp?: string) => Response | Promise<Response>

/**
 * How long a connection with no request in hand is kept once a stop begins. A keep-alive
 * client may be sending its next request at that very moment: closing the connection at once
 * would reset that request, so it gets this long to arrive and be answered, with
 * `Connection: close`.
 */
const IDLE_CLOSE_MS = 1000

export interface Listening {
  server: Server
  port: number
  url: string
  /** Stops taking connections and closes the open ones: for tests and benchmarks. */
  close(): Promise<void>
  /**
   * A clean stop: /readyz answers 503, no new connection is taken, every answer carries
   * `Connection: close`, idle connections close, and requests in hand finish. Resolves when
   * the last connection has closed, cutting those still open after `graceMs`; with how many
   * connections it cut.
   */
  drain(graceMs: number): Promise<{ cut: number }>
}

/** Serves `handler` on `port` (0 = any free one), for the local host, tests and benchmarks. */
export function listen(
  handler: RequestHandler,
  { port, hostname }: { port: number; hostname?: string },
): Promise<Listening> {
  let stopping = false
  const sockets = new Set<Socket>()
  const busy = new Map<Socket, number>()
  const answering = new Set<ServerResponse>()

  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: (request, env) => {
          if (!stopping) return handler(request, env.incoming.socket.remoteAddress)
          env.outgoing.setHeader('connection', 'close')
          return new URL(request.url).pathname === '/readyz'
            ? stoppingReadiness()
            : handler(request, env.incoming.socket.remoteAddress)
        },
        port,
        ...(hostname ? { hostname } : {}),
      },
      (info) => {
        server.off('error', refuse)
        resolve({
          server,
          port: info.port,
          url: `http://${hostname ?? 'localhost'}:${info.port}`,
          close: () =>
            new Promise((closed, failed) => {
              server.close((error) => (error ? failed(error) : closed()))
              server.closeAllConnections()
            }),
          drain,
        })
      },
    ) as Server
    const refuse = (error: NodeJS.ErrnoException) => reject(listenFailure(error, port))
    server.once('error', refuse)
    server.on('connection', (socket: Socket) => {
      sockets.add(socket)
      socket.once('close', () => {
        sockets.delete(socket)
        busy.delete(socket)
      })
    })
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      const { socket } = request
      busy.set(socket, (busy.get(socket) ?? 0) + 1)
      answering.add(response)
      // A connection given IDLE_CLOSE_MS at the stop is busy now: its request may take longer.
      if (stopping) socket.setTimeout(0)
      response.once('close', () => {
        answering.delete(response)
        const left = (busy.get(socket) ?? 1) - 1
        if (left > 0) busy.set(socket, left)
        else busy.delete(socket)
      })
    })

    function drain(graceMs: number): Promise<{ cut: number }> {
      stopping = true
      return new Promise((drained) => {
        let cut = 0
        const force = setTimeout(() => {
          cut = sockets.size
          server.closeAllConnections()
        }, graceMs)
        // http.Server#close destroys idle connections at once (Node ≥ 19), resetting a request
        // a keep-alive client is sending on one; only the listening socket is closed here.
        NetServer.prototype.close.call(server, () => {
          clearTimeout(force)
          drained({ cut })
        })
        for (const response of answering) {
          if (!response.headersSent) response.setHeader('connection', 'close')
        }
        // Node closes a keep-alive connection when this runs out after an answer.
        server.keepAliveTimeout = Math.min(IDLE_CLOSE_MS, graceMs)
        for (const socket of sockets) {
          if (!busy.has(socket)) socket.setTimeout(Math.min(IDLE_CLOSE_MS, graceMs))
        }
      })
    }
  })
}

async function stoppingReadiness(): Promise<Response> {
  const answer = await readinessResponse({ 'shutting-down': () => false })
  answer.headers.set('x-content-type-options', 'nosniff')
  return answer
}

function listenFailure(error: NodeJS.ErrnoException, port: number): Error {
  switch (error.code) {
    case 'EADDRINUSE':
      return new StartupError(`port ${port} is in use by another process (PORT)`)
    case 'EACCES':
      return new StartupError(`port ${port} needs privileges this process lacks (PORT)`)
    default:
      return error
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
 * On SIGTERM or SIGINT: drain the server (see `Listening.drain`), run `onClosed`, exit 0. A
 * signal repeated while stopping (a terminal's Ctrl-C reaches npm and the mart alike) changes
 * nothing.
 */
export function stopOnSignals(listening: Listening, options: StopOptions): void {
  const { log } = options
  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    log.info({ signal }, 'shutting down')
    const { cut } = await listening.drain(options.graceMs)
    if (cut > 0)
      log.warn({ cut, graceMs: options.graceMs }, 'connections cut after the grace period')
    try {
      await options.onClosed()
    } catch (error) {
      log.error({ err: error }, 'stopping failed')
      process.exit(1)
    }
    log.info('stopped')
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}

/** A container's server: `handler` on PORT until SIGTERM, then a clean stop. */
export async function serveUntilStopped(
  handler: RequestHandler,
  options: StopOptions & { port: number },
): Promise<void> {
  const listening = await listen(handler, { port: options.port })
  options.log.info({ port: listening.port }, 'listening')
  stopOnSignals(listening, options)
}
