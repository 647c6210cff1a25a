/**
 * Configuration from the environment, validated by zod once at start-up. A function that
 * starts with bad configuration stops at once with a message naming every bad variable.
 */
import { z } from 'zod'

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function readConfig<Schema extends z.ZodType>(
  schema: Schema,
  env: Record<string, string | undefined> = process.env,
): z.infer<Schema> {
  const parsed = schema.safeParse(env)
  if (parsed.success) return parsed.data
  // Values are never echoed: a variable may hold a key.
  const problems = parsed.error.issues.map((issue) => {
    const name = issue.path.join('.')
    return env[name] === undefined ? `${name} is not set` : `${name}: ${issue.message}`
  })
  throw new ConfigError(`invalid configuration: ${problems.join('; ')}`)
}

/**
 * A variable's value made into what the program uses (a key set, a key), when only the
 * parser knows what is valid: its failure named as a bad variable, as `readConfig` names one.
 */
export function parseSetting<Value>(name: string, parse: () => Value): Value {
  try {
    return parse()
  } catch (error) {
    const reason =
      error instanceof z.ZodError
        ? error.issues.map((issue) => `${issue.path.join('.') || 'value'} ${issue.message}`)
        : [error instanceof Error ? error.message : String(error)]
    throw new ConfigError(`invalid configuration: ${name}: ${reason.join('; ')}`)
  }
}

export const jsonText = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown
  } catch {
    ctx.addIssue({ code: 'custom', message: 'is not valid JSON' })
    return z.NEVER
  }
})

/** What every container reads. */
export const BaseConfig = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * Named prepared statements, which postgres.js uses by default. Off behind a PgBouncer in
   * transaction mode, which cannot keep them before 1.21 (docs/adr/0016).
   */
  DATABASE_PREPARED_STATEMENTS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
})
export type BaseConfig = z.infer<typeof BaseConfig>

// Schemas are pure (`@__PURE__`): a bundle leaves out those it never reads.
export const brokerList = /* @__PURE__ */ z
  .string()
  .min(1)
  .transform((text) => text.split(',').map((broker) => broker.trim()))

/** Which issuer's tokens to trust: every HTTP function, and the local host. */
export const issuerFields = {
  AUTH_ISSUER: z.string().min(1).default('imtiaz-mart'),
  AUTH_AUDIENCE: z.string().min(1).default('imtiaz-mart-api'),
}

/** How tokens are handled; unset, the auth runtime's defaults hold (10 s and 1000 tokens). */
export const tokenFields = {
  AUTH_REFRESH_REUSE_SECONDS: z.coerce.number().int().min(0).max(300).optional(),
  AUTH_TOKEN_CACHE_SIZE: z.coerce.number().int().min(1).max(1_000_000).optional(),
}

/** What an HTTP function container reads. */
export const FunctionConfig = /* @__PURE__ */ BaseConfig.extend({
  ...issuerFields,
  ...tokenFields,
  AUTH_JWKS: jsonText,
  AUTH_SIGNING_KEY: jsonText.optional(),
})
export type FunctionConfig = z.infer<typeof FunctionConfig>

export const DEFAULT_TOPIC_RETENTION_MS = 30 * 24 * 3600 * 1000

/**
 * How long Kafka keeps a topic's records (`retention.ms`), given to the topics this mart
 * creates: explicit, so that a read model can be rebuilt from as far back as promised
 * whatever the broker's own default.
 */
export const topicRetentionMs = /* @__PURE__ */ z.coerce
  .number()
  .int()
  .positive()
  .default(DEFAULT_TOPIC_RETENTION_MS)

/** What an event function container and the outbox relay read. */
export const EventConfig = /* @__PURE__ */ BaseConfig.extend({
  KAFKA_BROKERS: brokerList,
  KAFKA_TOPIC_RETENTION_MS: topicRetentionMs,
})
export type EventConfig = z.infer<typeof EventConfig>

const hours = (defaultHours: number) => z.coerce.number().positive().default(defaultHours)

/**
 * How long the event tables keep what is done with (the event-housekeeping function).
 * Processed events are kept as long as Kafka keeps the topics (30 days): a consumer rewound
 * or handed a replayed dead letter must still find the events it handled, or it would handle
 * them twice.
 */
export const EventRetentionConfig = /* @__PURE__ */ z.object({
  /** Outbox rows published to Kafka. */
  OUTBOX_RETENTION_HOURS: hours(24 * 7),
  /** The `(consumer, event id)` rows that make event functions idempotent. */
  PROCESSED_EVENTS_RETENTION_HOURS: hours(24 * 30),
  /** Dead letters replayed (embedded mode). */
  DEAD_LETTERS_RETENTION_HOURS: hours(24 * 30),
})
export type EventRetentionConfig = z.infer<typeof EventRetentionConfig>
