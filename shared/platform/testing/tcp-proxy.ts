import { connect, createServer, type Server, type Socket } from 'node:net'

export interface TcpProxy {
  port: number
  /** Cuts every connection and refuses new ones, as a server that went away. */
  cut(): Promise<void>
  /** Takes connections again. */
  restore(): Promise<void>
  close(): Promise<void>
}

/**
 * A TCP proxy on 127.0.0.1 to `target`, which a test can cut and restore: one client's
 * PostgreSQL goes away for real (its sockets are reset, new ones refused) while the server and
 * everyone else's connections stay up.
 */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>()
  const serve = (): Server =>
    createServer((client) => {
      const upstream = connect(target)
      for (const socket of [client, upstream]) {
        sockets.add(socket)
        socket.on('close', () => sockets.delete(socket))
        socket.on('error', () => {
          client.destroy()
          upstream.destroy()
        })
      }
      client.pipe(upstream).pipe(client)
    })
  const listen = (server: Server, port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => {
        const address = server.address()
        resolve(typeof address === 'object' && address ? address.port : port)
      })
    })
  const stop = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()))
  let server: Server | undefined = serve()
  const port = await listen(server, 0)
  async function cut() {
    const closing = server
    server = undefined
    for (const socket of sockets) socket.destroy()
    if (closing) await stop(closing)
  }
  return {
    port,
    cut,
    async restore() {
      if (server) return
      server = serve()
      await listen(server, port)
    },
    close: () => cut(),
  }
}
