import { beforeAll, describe, expect, it } from 'vitest'
import { createSql } from '#shared/db'
import { defineScheduledFunction, type ScheduledRun } from '#shared/schedule'
import { createTestRuntime, eventually, type TestRuntime, useTestDatabase } from '#shared/testing'
import { createScheduleMetrics, type Scheduler, startScheduler } from './index.ts'

/**
 * Scheduled functions on a real database, on a schedule of every second (croner reads a
 * sixth, leading field as seconds): each run writes its tick to `ran`, so what ran, and how
 * often, is read back from the database as an operator would.
 */
const database = useTestDatabase()
const sql = () => database().sql

beforeAll(async () => {
  await sql()`create table ran (fn text not null, tick timestamptz not null, runner text not null)`
})

function everySecond(name: string, run: (scheduled: ScheduledRun) => Promise<void>) {
  return defineScheduledFunction({ name, schedule: '* * * * * *', run })
}

/** A function whose runs write their tick, and the runner that ran it, to `ran`. */
function recording(name: string, runner: string) {
  return everySecond(name, async ({ runtime, tick }) => {
    await runtime.sql`insert into ran (fn, tick, runner) values (${name}, ${tick}, ${runner})`
  })
}

async function ticksRan(name: string): Promise<{ tick: Date; runner: string }[]> {
  return sql()<{ tick: Date; runner: string }[]>`
    select tick, runner from ran where fn = ${name} order by tick`
}

async function startRunner(
  fn: ReturnType<typeof everySecond>,
  runtime?: TestRuntime,
): Promise<{ scheduler: Scheduler; runtime: TestRuntime }> {
  const own = runtime ?? (await createTestRuntime(sql()))
  const metrics = createScheduleMetrics(own.metrics.registry)
  return { scheduler: startScheduler({ fn, runtime: own, metrics }), runtime: own }
}

/** The value of one sample in a Prometheus text exposition, or undefined when it is absent. */
function sample(exposition: string, line: string): number | undefined {
  const found = exposition.split('\n').find((candidate) => candidate.startsWith(`${line} `))
  return found === undefined ? undefined : Number(found.slice(line.length + 1))
}

describe('a scheduled function', () => {
  it('runs at each tick of its schedule, and its metrics show the last run', async () => {
    const name = 'test-every-second'
    const { scheduler, runtime } = await startRunner(recording(name, 'one'))
    await eventually(async () => ((await ticksRan(name)).length >= 3 ? true : undefined), {
      what: 'three ticks run',
    })
    await scheduler.stop()

    const ticks = (await ticksRan(name)).map((row) => row.tick.getTime())
    // A tick may be skipped (a run still going, a process starved of CPU), never repeated.
    for (const [index, tick] of ticks.entries()) {
      expect(tick % 1000, 'a tick is the scheduled second, not when it fired').toBe(0)
      if (index > 0) expect(tick).toBeGreaterThan(ticks[index - 1] ?? 0)
    }
    const metrics = await runtime.metrics.registry.metrics()
    const labels = `fn="${name}",outcome="success"`
    expect(sample(metrics, `scheduled_runs_total{${labels}}`)).toBe(ticks.length)
    expect(sample(metrics, `scheduled_run_last_timestamp_seconds{${labels}}`)).toBe(
      (ticks.at(-1) ?? 0) / 1000,
    )
    expect(sample(metrics, `scheduled_run_duration_seconds_count{fn="${name}"}`)).toBe(ticks.length)
    const [last] = await sql()<{ tick: Date }[]>`
      select tick from public.scheduled_ticks where fn = ${name}`
    expect(last?.tick.getTime()).toBe(ticks.at(-1))
  })

  it('runs each tick once between two runners on one database', async () => {
    const name = 'test-two-runners'
    const secondPool = createSql(database().url, { max: 3 })
    const runners = [
      await startRunner(recording(name, 'one')),
      await startRunner(recording(name, 'two'), await createTestRuntime(secondPool)),
    ]
    await eventually(async () => ((await ticksRan(name)).length >= 5 ? true : undefined), {
      what: 'five ticks run',
    })
    await Promise.all(runners.map(({ scheduler }) => scheduler.stop()))
    await secondPool.end({ timeout: 5 })

    const ticks = (await ticksRan(name)).map((row) => row.tick.getTime())
    expect(new Set(ticks).size, 'no tick ran twice').toBe(ticks.length)
    const ranByEach = await Promise.all(
      runners.map(async ({ runtime }) =>
        sample(
          await runtime.metrics.registry.metrics(),
          `scheduled_runs_total{fn="${name}",outcome="success"}`,
        ),
      ),
    )
    expect(ranByEach.reduce((sum: number, runs) => sum + (runs ?? 0), 0)).toBe(ticks.length)
  })

  it('leaves alone a tick that another replica has already run', async () => {
    const name = 'test-already-run'
    // As if a replica had claimed every tick up to a year from now.
    await sql()`
      insert into public.scheduled_ticks (fn, tick) values (${name}, now() + interval '1 year')`
    const { scheduler, runtime } = await startRunner(recording(name, 'late'))
    await eventually(
      async () =>
        runtime.logs.entries.find((entry) => entry.msg === 'tick already run by another replica'),
      { what: 'a tick found already run' },
    )
    await scheduler.stop()
    expect(await ticksRan(name)).toEqual([])
  })

  it('counts and logs a failed run, and runs the next tick as usual', async () => {
    const name = 'test-fails-once'
    let calls = 0
    const fn = everySecond(name, async ({ runtime, tick }) => {
      calls++
      if (calls === 1) throw new Error('the first run breaks')
      await runtime.sql`insert into ran (fn, tick, runner) values (${name}, ${tick}, 'one')`
    })
    const { scheduler, runtime } = await startRunner(fn)
    await eventually(async () => ((await ticksRan(name)).length >= 1 ? true : undefined), {
      what: 'a run after the failed one',
    })
    await scheduler.stop()

    const metrics = await runtime.metrics.registry.metrics()
    expect(sample(metrics, `scheduled_runs_total{fn="${name}",outcome="failure"}`)).toBe(1)
    expect(sample(metrics, `scheduled_runs_total{fn="${name}",outcome="success"}`)).toBe(
      (await ticksRan(name)).length,
    )
    const failure = runtime.logs.entries.find((entry) => entry.msg === 'scheduled run failed')
    expect(failure).toMatchObject({ fn: name, err: { message: 'the first run breaks' } })
  })

  it('stops taking ticks on stop(), and lets the run in hand finish first', async () => {
    const name = 'test-stops-cleanly'
    let started: () => void = () => {}
    const runStarted = new Promise<void>((resolve) => (started = resolve))
    let release: () => void = () => {}
    const released = new Promise<void>((resolve) => (release = resolve))
    const fn = everySecond(name, async ({ runtime, tick }) => {
      started()
      await released
      await runtime.sql`insert into ran (fn, tick, runner) values (${name}, ${tick}, 'one')`
    })
    const { scheduler } = await startRunner(fn)
    await runStarted
    let stopped = false
    const stopping = scheduler.stop().then(() => {
      stopped = true
    })
    // Whatever else is queued runs first: stop() is still waiting for the run.
    await new Promise((resolve) => setImmediate(resolve))
    expect(stopped).toBe(false)
    expect(scheduler.running()).toBe(false)
    release()
    await stopping
    expect(await ticksRan(name)).toHaveLength(1)
  })
})
