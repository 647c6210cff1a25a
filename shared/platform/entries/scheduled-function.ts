import { BaseConfig } from '#shared/config'
import { createRuntime } from '#shared/http'
import type { ScheduledFunction } from '#shared/schedule'
import { createScheduleMetrics, startScheduler } from '../schedule/index.ts'
import { serveProbesUntilStopped, startContainer } from './container.ts'

/**
 * The container entry of a scheduled function: runs it on its schedule, each tick once
 * across the replicas, and serves /healthz, /readyz (the database answers and the schedule
 * runs) and /metrics (its runs: last tick, duration, outcome) on PORT. SIGTERM takes no
 * further tick, lets the run in hand finish, then closes the pool.
 */
export async function serveScheduledFunction(fn: ScheduledFunction): Promise<void> {
  const container = startContainer(BaseConfig, fn.manifest.name)
  const runtime = createRuntime({ sql: container.sql, log: container.log })
  const scheduler = startScheduler({
    fn,
    runtime,
    metrics: createScheduleMetrics(runtime.metrics.registry),
  })
  await serveProbesUntilStopped(
    container,
    runtime.metrics.registry,
    { schedule: scheduler.running },
    scheduler.stop,
  )
}
