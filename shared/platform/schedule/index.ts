/**
 * Runs scheduled functions: each tick once across all replicas, with the metrics of its runs.
 * The local host and the scheduled-function container both run them through this.
 */
export {
  createScheduleMetrics,
  type RunOutcome,
  type ScheduleMetrics,
  type Scheduler,
  startScheduler,
} from './scheduler.ts'
