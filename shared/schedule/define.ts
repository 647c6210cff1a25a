import { Cron } from 'croner'
import type { FunctionRuntime } from '#shared/http'

/**
 * Schedules are read in UTC: replicas agree on which tick is which only when they read the
 * pattern in the same time zone, whatever the zone of the machine they run on.
 */
export const SCHEDULE_TIME_ZONE = 'Etc/UTC'

/** Everything the platform needs to know about a scheduled function, and nothing more. */
export interface ScheduledManifest {
  kind: 'scheduled'
  /** `<domain>-every-<job>`: the container, metrics label and log field `fn`. */
  name: string
  /** A cron pattern (croner): five fields, or six with seconds first, read in UTC. */
  schedule: string
}

export interface ScheduledRun {
  runtime: FunctionRuntime
  /** The scheduled time of this tick (not when it started): the same on every replica. */
  tick: Date
}

export interface ScheduledFunction {
  manifest: ScheduledManifest
  /** One tick's work; a throw counts as a failed run, and the next tick runs as usual. */
  run(scheduled: ScheduledRun): Promise<void>
}

export interface ScheduledFunctionDefinition {
  name: string
  schedule: string
  run(scheduled: ScheduledRun): Promise<void>
}

/**
 * Defines a scheduled function: `run` is called once per tick of `schedule` across all
 * replicas. A pattern croner cannot read fails here, when the function is loaded, rather
 * than at its first tick.
 */
export function defineScheduledFunction(
  definition: ScheduledFunctionDefinition,
): ScheduledFunction {
  const { name, schedule, run } = definition
  try {
    new Cron(schedule, { paused: true, timezone: SCHEDULE_TIME_ZONE })
  } catch (error) {
    throw new Error(
      `${name}: schedule '${schedule}' is not a cron pattern (${(error as Error).message})`,
    )
  }
  return { manifest: { kind: 'scheduled', name, schedule }, run }
}
