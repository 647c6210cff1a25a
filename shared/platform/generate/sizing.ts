import { BaseConfig } from '#shared/config'
import { DEFAULT_CONCURRENCY, DEFAULT_TOPIC_PARTITIONS } from '#shared/events'

/**
 * How big each deployable may grow and how many database connections it holds: the one place
 * compose and the Kubernetes base take pool sizes and replica limits from, so the connection
 * budget (docs/adr/0016-cluster-and-connection-budget.md) is checked against what is deployed.
 */

/** What runs in a container of its own, as far as the database is concerned. */
export type DeployableKind = 'http' | 'event' | 'scheduled' | 'relay' | 'migrate'

export interface Sizing {
  /** DATABASE_POOL_MAX: the pool of one replica. */
  poolMax: number
  /** Replicas at rest, and at the most the scaler may run. */
  minReplicas: number
  maxReplicas: number
  /** Whether it connects through PgBouncer (transaction pooling) or straight to PostgreSQL. */
  pooled: boolean
}

export const SIZING: Record<DeployableKind, Sizing> = {
  // A request holds a connection for one query or one transaction; a CPU-bound step (hashing a
  // password) holds none. Four cover the requests one small replica can keep in flight.
  http: { poolMax: 4, minReplicas: 1, maxReplicas: 5, pooled: true },
  // A key's handler holds a connection for its transaction, and handler transactions in
  // flight are what bounds an event function's rate (ADR 0021): one connection per key in
  // flight. A consumer group never uses more members than the topic has partitions: a
  // function's scaler stops at its topic's (partitionsOf), this at the default topic's.
  event: {
    poolMax: DEFAULT_CONCURRENCY,
    minReplicas: 1,
    maxReplicas: DEFAULT_TOPIC_PARTITIONS,
    pooled: true,
  },
  // One replica runs each tick (a transaction-scoped advisory lock); the second stands by.
  scheduled: { poolMax: 2, minReplicas: 2, maxReplicas: 2, pooled: true },
  // Session features: a session advisory lock for leadership and LISTEN for wake-ups, each on a
  // connection of its own beside the pool (ADR 0011); PgBouncer's transaction mode breaks both.
  relay: { poolMax: 2, minReplicas: 2, maxReplicas: 2, pooled: false },
  // DDL under one transaction-scoped lock, one connection, once per deploy.
  migrate: { poolMax: 1, minReplicas: 1, maxReplicas: 1, pooled: false },
}

/**
 * A deployable's database settings beside its URL: its pool, and no prepared statements when
 * it goes through PgBouncer (transaction pooling here cannot carry them; ADR 0016).
 */
export function databaseSettingsOf(kind: DeployableKind): Record<string, string> {
  const { poolMax, pooled } = SIZING[kind]
  return {
    DATABASE_POOL_MAX: String(poolMax),
    ...(pooled ? { DATABASE_PREPARED_STATEMENTS: 'false' } : {}),
  }
}

/** The relay's connections beyond its pool: the leader-lock session and the LISTEN one. */
export const RELAY_SESSION_CONNECTIONS = 2

/** PgBouncer's settings (pgbouncer.ini names), the same in compose, the cluster and the tests. */
export const PGBOUNCER_SETTINGS = {
  pool_mode: 'transaction',
  // Clients are cheap for PgBouncer (a socket each); every pool at its largest must fit.
  max_client_conn: 1000,
  default_pool_size: 40,
  max_db_connections: 40,
} as const

/** PgBouncer replicas in the cluster (compose runs one). */
export const PGBOUNCER_REPLICAS = 2

/** What PostgreSQL allows, by its defaults (max_connections, superuser_reserved_connections). */
export const POSTGRES_CONNECTIONS = { max: 100, reservedForSuperusers: 3 }

/** Kept free for an operator's admin runner (one connection) during a deploy. */
export const ADMIN_CONNECTIONS = 1

/**
 * Seconds Kubernetes waits after SIGTERM before it kills a pod: the shutdown grace a container
 * gives requests in hand (SHUTDOWN_GRACE_MS), the pre-stop pause, and a margin for the pool to
 * close and the process to exit.
 */
export const PRE_STOP_SECONDS = 5
export const TERMINATION_GRACE_SECONDS =
  PRE_STOP_SECONDS + BaseConfig.shape.SHUTDOWN_GRACE_MS.parse(undefined) / 1000 + 5
