/**
 * Scheduled functions: `defineScheduledFunction` names a cron schedule and the work of one
 * tick. The platform runs each tick once across all replicas (shared/platform/schedule).
 */
export {
  defineScheduledFunction,
  SCHEDULE_TIME_ZONE,
  type ScheduledFunction,
  type ScheduledFunctionDefinition,
  type ScheduledManifest,
  type ScheduledRun,
} from './define.ts'
