/**
 * `npm start`: the whole mart in one process on http://localhost:8000. DATABASE_URL unset →
 * an embedded PostgreSQL with its data in .data/; signing keys from the environment, or a
 * development key kept in .data/.
 */
import { readConfig } from '#shared/config'
import { createLogger } from '#shared/observability'
import {
  HostConfig,
  openDatabase,
  serveHost,
  startLocalHost,
  stopOnSignals,
} from '#shared/platform'

const config = readConfig(HostConfig)
const log = createLogger({ level: config.LOG_LEVEL })
const database = await openDatabase(config.DATABASE_URL, log)
const host = await startLocalHost({ config, sql: database.sql, log })
const { server, url } = await serveHost(host, { port: config.PORT })
log.info({ url, docs: `${url}/docs` }, 'the mart is open')
stopOnSignals(server, {
  log,
  graceMs: config.SHUTDOWN_GRACE_MS,
  onClosed: async () => {
    await host.close()
    await database.close()
  },
})
