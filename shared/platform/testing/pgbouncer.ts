import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { freePort } from '../db/embedded.ts'
import { PGBOUNCER_SETTINGS } from '../generate/sizing.ts'

export interface PgBouncer {
  /** `serverUrl`'s database, reached through this PgBouncer. */
  urlOf(serverUrl: string): string
  stop(): Promise<void>
}

/** Debian installs it outside a normal user's PATH. */
const BINARY = existsSync('/usr/sbin/pgbouncer') ? '/usr/sbin/pgbouncer' : 'pgbouncer'

/**
 * A real PgBouncer (the system's, `apt install pgbouncer`) in front of the PostgreSQL server of
 * `serverUrl`, on a free port of 127.0.0.1, with the settings compose and the cluster give it
 * (PGBOUNCER_SETTINGS: transaction pooling). It logs in to the server as `serverUrl`'s user
 * whoever connects, so it needs no user list. Resolves once it accepts connections.
 */
export async function startPgBouncer(serverUrl: string): Promise<PgBouncer> {
  const server = new URL(serverUrl)
  const port = await freePort()
  const dir = await mkdtemp(join(tmpdir(), 'mart-pgbouncer-'))
  const login = [
    `host=${server.hostname}`,
    `port=${server.port || 5432}`,
    `user=${decodeURIComponent(server.username)}`,
    ...(server.password ? [`password=${decodeURIComponent(server.password)}`] : []),
  ]
  const ini = [
    '[databases]',
    `* = ${login.join(' ')}`,
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${port}`,
    'unix_socket_dir =',
    'auth_type = any',
    ...Object.entries(PGBOUNCER_SETTINGS).map(([name, value]) => `${name} = ${value}`),
  ].join('\n')
  const config = join(dir, 'pgbouncer.ini')
  await writeFile(config, `${ini}\n`)
  // PgBouncer refuses to run as root; as root it is told to switch to nobody, who must read this.
  await chmod(dir, 0o755)
  const asRoot = process.getuid?.() === 0
  const child = spawn(BINARY, [...(asRoot ? ['--user=nobody'] : []), config], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve))
  const log: string[] = []
  await new Promise<void>((ready, failed) => {
    createInterface({ input: child.stderr }).on('line', (line) => {
      log.push(line)
      if (line.includes('process up')) ready()
    })
    child.once('error', failed)
    void exited.then((code) =>
      failed(new Error(`pgbouncer exited (${code}) before it was up:\n${log.join('\n')}`)),
    )
  })
  return {
    urlOf(url) {
      const through = new URL(url)
      through.host = `127.0.0.1:${port}`
      return through.toString()
    },
    async stop() {
      child.kill('SIGTERM')
      await exited
      await rm(dir, { recursive: true, force: true })
    },
  }
}
