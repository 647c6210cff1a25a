import { Counter, Gauge, Histogram, type Registry } from 'prom-client'

/** What the triggers count, per event function. */
export interface TriggerMetrics {
  handled: Counter<'fn' | 'outcome'>
  retries: Counter<'fn'>
  deadLetters: Counter<'fn'>
  handlerDuration: Histogram<'fn'>
  lag: Gauge<'fn' | 'topic' | 'partition'>
  parkedKeys: Gauge<'fn'>
  inFlight: Gauge<'fn'>
  endToEnd: Histogram<'fn'>
}

export function createTriggerMetrics(registry: Registry): TriggerMetrics {
  return {
    handled: new Counter({
      name: 'events_handled_total',
      help: 'Events an event function finished, by outcome (done or dead-lettered).',
      labelNames: ['fn', 'outcome'] as const,
      registers: [registry],
    }),
    retries: new Counter({
      name: 'event_retries_total',
      help: 'Deliveries retried after a 5xx or an error.',
      labelNames: ['fn'] as const,
      registers: [registry],
    }),
    deadLetters: new Counter({
      name: 'event_dead_letters_total',
      help: 'Events given up and dead-lettered.',
      labelNames: ['fn'] as const,
      registers: [registry],
    }),
    handlerDuration: new Histogram({
      name: 'event_handler_duration_seconds',
      help: 'Time to finish one event, retries included.',
      labelNames: ['fn'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30],
      registers: [registry],
    }),
    parkedKeys: new Gauge({
      name: 'event_parked_keys',
      help: 'Keys whose events wait behind a dead letter until it is replayed or dropped.',
      labelNames: ['fn'] as const,
      registers: [registry],
    }),
    lag: new Gauge({
      name: 'event_consumer_lag',
      help: 'Records on the partition not yet handled by the function’s consumer group.',
      labelNames: ['fn', 'topic', 'partition'] as const,
      registers: [registry],
    }),
    inFlight: new Gauge({
      name: 'event_deliveries_in_flight',
      help: 'Events handed to the function and not yet finished, retries included.',
      labelNames: ['fn'] as const,
      registers: [registry],
    }),
    endToEnd: new Histogram({
      name: 'event_end_to_end_seconds',
      help: 'Time from the event’s occurredAt to its handling by the function (not dead letters).',
      labelNames: ['fn'] as const,
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600],
      registers: [registry],
    }),
  }
}
