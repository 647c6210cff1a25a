/**
 * The local host as tests and benchmarks run it: signed by the test issuer's key, and, on a
 * shared Kafka broker, with consumer groups of its own that start at the topics' ends, so it
 * neither takes nor handles the records of other hosts.
 */

import { randomUUID } from 'node:crypto'
import { publicJwkOf } from '#shared/auth'
import type { Logger } from '#shared/observability'
import {
  createTestDatabase,
  eventually,
  TEST_AUDIENCE,
  TEST_ISSUER,
  type TestDatabase,
  testSigningKey,
} from '#shared/testing'
import { consumerGroupOf } from '../events/index.ts'
import { createLocalHost, type LocalHost, type LocalHostOptions } from '../host/host.ts'
import { loadEventFunctions } from '../registry.ts'
import { deleteGroups, type GroupStart, startGroupsAtEnd } from './kafka-topics.ts'

export type TestHostOptions = Omit<LocalHostOptions, 'issuer' | 'audience' | 'signingKey' | 'jwks'>

export async function createTestHost(options: TestHostOptions): Promise<LocalHost> {
  const signingKey = await testSigningKey()
  return createLocalHost({
    ...options,
    issuer: TEST_ISSUER,
    audience: TEST_AUDIENCE,
    signingKey,
    jwks: { keys: [publicJwkOf(signingKey)] },
  })
}

/** Sends a request for `path` to the host's gateway, as a client of http://localhost:8000 would. */
export function sendToHost(
  host: LocalHost,
  path: string,
  init: RequestInit = {},
  clientIp?: string,
): Promise<Response> {
  return host.fetch(new Request(`http://localhost:8000${path}`, init), clientIp)
}

/** The groups `<prefix>fn.<name>` of every event function, moved to the ends of their topics. */
export async function ownConsumerGroups(brokers: string[], prefix: string): Promise<GroupStart[]> {
  const groups = (await loadEventFunctions()).map(({ fn }) => ({
    groupId: consumerGroupOf(fn.manifest.name, prefix),
    topic: fn.manifest.topic,
  }))
  await startGroupsAtEnd(brokers, groups)
  return groups
}

export interface HostUnderTest {
  host: LocalHost
  database: TestDatabase
  /** Stops the host, deletes its consumer groups and drops its database. */
  close(): Promise<void>
}

export interface HostUnderTestOptions {
  databaseServerUrl: string
  templateDatabase: string
  /** Kafka mode when given; events in-process otherwise. */
  kafkaBrokers: string[] | undefined
  /** Names the run's consumer groups: `test.<name>.<uuid>.fn.<function>`. */
  name: string
  log: Logger
}

/**
 * The local host on a database of its own, with short retries, and with Kafka on consumer
 * groups of its own starting at the topics' ends; resolved once its /readyz passes.
 */
export async function startHostUnderTest(options: HostUnderTestOptions): Promise<HostUnderTest> {
  const { kafkaBrokers } = options
  const database = await createTestDatabase(options.databaseServerUrl, options.templateDatabase)
  const groupPrefix = `test.${options.name}.${randomUUID()}.`
  const groups = kafkaBrokers ? await ownConsumerGroups(kafkaBrokers, groupPrefix) : []
  const host = await createTestHost({
    sql: database.sql,
    log: options.log,
    kafkaBrokers,
    kafkaGroupPrefix: groupPrefix,
    retry: { initialDelayMs: 10, maxDelayMs: 50 },
  })
  await eventually(async () => ((await sendToHost(host, '/readyz')).ok ? true : undefined), {
    timeoutMs: 60_000,
    what: 'the local host ready (its triggers in their groups)',
  })
  return {
    host,
    database,
    async close() {
      await host.close()
      if (kafkaBrokers && groups.length > 0) {
        await deleteGroups(
          kafkaBrokers,
          groups.map((group) => group.groupId),
        )
      }
      await database.drop()
    },
  }
}
