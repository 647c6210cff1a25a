import { Cron } from 'croner'
import { Counter, Gauge, Histogram, type Registry } from 'prom-client'
import type { FunctionRuntime } from '#shared/http'
import { SCHEDULE_TIME_ZONE, type ScheduledFunction } from '#shared/schedule'

export type RunOutcome = 'success' | 'failure'

/** What operators see of scheduled runs, labelled by function (`fn`). */
export interface ScheduleMetrics {
  lastRun: Gauge<'fn' | 'outcome'>
  duration: Histogram<'fn'>
  runs: Counter<'fn' | 'outcome'>
}

export function createScheduleMetrics(registry: Registry): ScheduleMetrics {
  return {
    lastRun: new Gauge({
      name: 'scheduled_run_last_timestamp_seconds',
      help: 'Scheduled time of the last tick this process ran, by function and outcome.',
      labelNames: ['fn', 'outcome'] as const,
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'scheduled_run_duration_seconds',
      help: 'How long scheduled runs take, by function.',
      labelNames: ['fn'] as const,
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300],
      registers: [registry],
    }),
    runs: new Counter({
      name: 'scheduled_runs_total',
      help: 'Scheduled runs this process made, by function and outcome.',
      labelNames: ['fn', 'outcome'] as const,
      registers: [registry],
    }),
  }
}

export interface SchedulerOptions {
  fn: ScheduledFunction
  runtime: FunctionRuntime
  metrics: ScheduleMetrics
}

export interface Scheduler {
  /** Whether ticks are still being taken: not stopped, and the schedule has a next tick. */
  running(): boolean
  /** Takes no further tick; resolves once the run in hand, if any, has finished. */
  stop(): Promise<void>
}

// The two-key advisory lock: one key space for schedules, one key per function.
const LOCK_SPACE = 'mart.scheduled-functions'

/**
 * Runs `fn` on its schedule, each tick once across every process that runs it. A tick is
 * claimed in a transaction that holds the function's advisory lock for the whole run, and
 * moves its `public.scheduled_ticks` row forward: the lock keeps two runs from overlapping
 * (a replica whose tick comes while another runs skips it), the row keeps a tick that one
 * replica ran from being run again by a replica that comes to it later.
 */
export function startScheduler({ fn, runtime, metrics }: SchedulerOptions): Scheduler {
  const { name, schedule } = fn.manifest
  const { sql } = runtime
  const log = runtime.log.child({ fn: name })
  let inHand: Promise<void> = Promise.resolve()

  async function runClaimed(tick: Date): Promise<void> {
    const started = performance.now()
    const outcome: RunOutcome = await fn.run({ runtime, tick }).then(
      () => 'success',
      (error: Error) => {
        log.error(
          { tick, err: { name: error.name, message: error.message } },
          'scheduled run failed',
        )
        return 'failure'
      },
    )
    const seconds = (performance.now() - started) / 1000
    metrics.lastRun.set({ fn: name, outcome }, tick.getTime() / 1000)
    metrics.duration.observe({ fn: name }, seconds)
    metrics.runs.inc({ fn: name, outcome })
    log.info({ tick, outcome, durationMs: Math.round(seconds * 10_000) / 10 }, 'scheduled run')
  }

  async function takeTick(tick: Date): Promise<void> {
    try {
      await sql.begin(async (tx) => {
        const [lock] = await tx<{ locked: boolean }[]>`
          select pg_try_advisory_xact_lock(hashtext(${LOCK_SPACE}), hashtext(${name})) as locked`
        if (!lock?.locked) {
          log.debug({ tick }, 'another replica is running: tick left to it')
          return
        }
        const [claimed] = await tx`
          insert into public.scheduled_ticks as last (fn, tick) values (${name}, ${tick})
          on conflict (fn) do update set tick = excluded.tick, claimed_at = now()
          where last.tick < excluded.tick
          returning fn`
        if (claimed) await runClaimed(tick)
        else log.debug({ tick }, 'tick already run by another replica')
      })
    } catch (error) {
      const { message } = error as Error
      log.error({ tick, err: { message } }, 'tick missed: could not claim it')
    }
  }

  const job = new Cron(
    schedule,
    {
      timezone: SCHEDULE_TIME_ZONE,
      protect: () => log.warn('the previous run is still going: tick skipped'),
    },
    (self) => {
      // Croner fires a little after the tick; the tick itself is what replicas agree on.
      const [tick] = self.previousRuns(1, new Date())
      if (!tick) return
      inHand = takeTick(tick)
      return inHand
    },
  )

  return {
    running: () => job.isRunning(),
    async stop() {
      job.stop()
      await inHand
    },
  }
}
