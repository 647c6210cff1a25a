/**
 * The local host as tests and benchmarks run it: signed by the test issuer's key, and, on a
 * shared Kafka broker, with consumer groups of its own that start at the topics' ends, so it
 * neither takes nor handles the records of other hosts.
 */
import { publicJwkOf } from '#shared/auth'
import { TEST_AUDIENCE, TEST_ISSUER, testSigningKey } from '#shared/testing'
import { consumerGroupOf } from '../events/index.ts'
import { createLocalHost, type LocalHost, type LocalHostOptions } from '../host/host.ts'
import { loadEventFunctions } from '../registry.ts'
import { type GroupStart, startGroupsAtEnd } from './kafka-topics.ts'

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
