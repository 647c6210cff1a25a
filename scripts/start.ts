/**
 * `npm start`: the whole mart in one process on http://localhost:8000. DATABASE_URL unset →
 * an embedded PostgreSQL with its data in .data/; signing keys from the environment, or a
 * development key kept in .data/. A failed start prints one line and exits 1.
 */
import { readConfig } from '#shared/config'
import {
  createHostLogger,
  HostConfig,
  openDatabase,
  serveHost,
  startLocalHost,
  startOrExit,
  stopOnSignals,
  writePrometheusTargets,
} from '#shared/platform'

await startOrExit('the mart', async () => {
  const config = readConfig(HostConfig)
  const log = createHostLogger(config)
  const database = await openDatabase(config.DATABASE_URL, log)
  const host = await startLocalHost({ config, sql: database.sql, log }).catch(async (error) => {
    await database.close()
    throw error
  })
  // A taken port is found last: what started before it stops first (an embedded PostgreSQL
  // would outlive the process).
  const listening = await serveHost(host, { port: config.PORT }).catch(async (error) => {
    await host.close()
    await database.close()
    throw error
  })
  await writePrometheusTargets(config.PROMETHEUS_TARGETS_FILE, listening.url)
  log.info(
    {
      url: listening.url,
      docs: `${listening.url}/docs`,
      prometheusTargets: config.PROMETHEUS_TARGETS_FILE,
    },
    'the mart is open',
  )
  stopOnSignals(listening, {
    log,
    graceMs: config.SHUTDOWN_GRACE_MS,
    onClosed: async () => {
      await host.close()
      await database.close()
    },
  })
})
