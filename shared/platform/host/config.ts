import { z } from 'zod'
import {
  BaseConfig,
  brokerList,
  issuerFields,
  jsonText,
  tokenFields,
  topicRetentionMs,
} from '#shared/config'
import { DEFAULT_PROMETHEUS_TARGETS_FILE } from './prometheus-targets.ts'

/**
 * What `npm start` reads: every variable has a default, the embedded one where there is a
 * service to stand in for (no DATABASE_URL: an embedded PostgreSQL; no KAFKA_BROKERS: events
 * in-process; no issuer keys: a development key in .data/).
 */
export const HostConfig = BaseConfig.extend({
  ...issuerFields,
  ...tokenFields,
  PORT: BaseConfig.shape.PORT.unwrap().default(8000),
  DATABASE_URL: BaseConfig.shape.DATABASE_URL.optional(),
  KAFKA_BROKERS: brokerList.optional(),
  /** Prefixes the consumer groups, for marts that share a broker but not a database. */
  KAFKA_GROUP_PREFIX: z.string().optional(),
  KAFKA_TOPIC_RETENTION_MS: topicRetentionMs,
  AUTH_JWKS: jsonText.optional(),
  AUTH_SIGNING_KEY: jsonText.optional(),
  /** The file-based discovery file a local Prometheus reads (prometheus-targets.ts). */
  PROMETHEUS_TARGETS_FILE: z.string().min(1).default(DEFAULT_PROMETHEUS_TARGETS_FILE),
  /** Unset: readable lines when stdout is a terminal, JSON lines otherwise. */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
})
export type HostConfig = z.infer<typeof HostConfig>
