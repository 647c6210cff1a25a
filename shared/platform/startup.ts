import { setTimeout as sleep } from 'node:timers/promises'
import { Gauge, type Registry } from 'prom-client'
import { type ReadinessCheck, readinessResponse } from '#shared/http'

const EVERY_MS = 100

export interface StartToReady {
  /** Stops waiting, for a host closed before it was ever ready. */
  stop(): void
}

/**
 * Shows `process_start_to_ready_seconds` from the first time every readiness check holds (the
 * checks /readyz answers with): the seconds since the process started, so a slow start
 * (migrations, a consumer group's join, a cold database) shows without reading logs.
 * Checked every 100 ms rather than on /readyz calls, which come only as often as the
 * orchestrator probes.
 */
export function recordStartToReady(
  registry: Registry,
  checks: Record<string, ReadinessCheck>,
): StartToReady {
  const stopping = new AbortController()
  void (async () => {
    while (!stopping.signal.aborted) {
      if ((await readinessResponse(checks)).ok) {
        // Registered only now: a gauge without labels would read 0 until set, as if ready at once.
        new Gauge({
          name: 'process_start_to_ready_seconds',
          help: 'Seconds from the process’s start to the first time it was ready.',
          registers: [registry],
        }).set(process.uptime())
        return
      }
      await sleep(EVERY_MS, undefined, { signal: stopping.signal, ref: false }).catch(
        () => undefined,
      )
    }
  })()
  return { stop: () => stopping.abort() }
}
