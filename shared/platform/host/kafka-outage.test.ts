import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { UserProfileUpdated, UserRegistered } from '#proto'
import { decodeEnvelope } from '#shared/events'
import { createLogger } from '#shared/observability'
import { eventually, jsonRequest, LogLines, useTestDatabase } from '#shared/testing'
import { repoRoot } from '../registry.ts'
import { createTestHost, ownConsumerGroups, sendToHost } from '../testing/host.ts'
import {
  deleteGroups,
  type GroupStart,
  localKafka,
  readTopics,
  type TopicReader,
  type TopicRecord,
  topicPositions,
} from '../testing/index.ts'
import type { LocalHost } from './host.ts'

/**
 * Kafka goes away while customers register and change their names: the requests still succeed,
 * the events wait in the outbox, and once the broker is back every one of them is delivered,
 * each user's in the order they happened. This file stops the shared local broker, so nothing
 * else may use Kafka while it runs (see vitest.config.ts).
 */

const USERS = 5
const TOPIC = UserRegistered.topic
const database = useTestDatabase()
const logs = new LogLines()
const brokers = () => inject('kafkaBrokers')
let host: LocalHost
let reader: TopicReader | undefined
let groups: GroupStart[] = []

const send = (path: string, init: RequestInit = {}) => sendToHost(host, path, init)

beforeAll(async () => {
  const groupPrefix = `test.outage.${randomUUID()}.`
  groups = await ownConsumerGroups(brokers(), groupPrefix)
  host = await createTestHost({
    sql: database().sql,
    log: createLogger({ level: 'info', destination: logs.stream }),
    kafkaBrokers: brokers(),
    kafkaGroupPrefix: groupPrefix,
    retry: { initialDelayMs: 10, maxDelayMs: 50 },
  })
  await eventually(async () => ((await send('/readyz')).ok ? true : undefined), {
    timeoutMs: 60_000,
    what: 'the local host ready (its triggers in their groups)',
  })
})

afterAll(async () => {
  // Whatever happened above, the broker is running again for whoever comes next.
  await localKafka(repoRoot, 'start')
  await reader?.stop()
  await host?.close()
  if (groups.length > 0)
    await deleteGroups(
      brokers(),
      groups.map((group) => group.groupId),
    )
})

async function pendingInOutbox(): Promise<number> {
  const metrics = await (await send('/metrics')).text()
  const value = metrics.match(/^outbox_pending_events\{domain="users"\} (\d+)$/m)?.[1]
  if (value === undefined) throw new Error(`no outbox_pending_events for users in:\n${metrics}`)
  return Number(value)
}

/** What a record says, in a form a test can compare: its type and the name it carries. */
function describeRecord(record: TopicRecord) {
  const envelope = decodeEnvelope(record.value)
  const payload =
    envelope.type === UserRegistered.type
      ? UserRegistered.decode(envelope.payload)
      : UserProfileUpdated.decode(envelope.payload)
  return { eventId: envelope.eventId, type: envelope.type, name: payload.name }
}

describe('Kafka down while customers register', () => {
  it('loses nothing: events wait in the outbox, then arrive in order per user', async () => {
    const before = await topicPositions(brokers(), [TOPIC])
    await localKafka(repoRoot, 'stop')

    const users: { id: string; token: string; name: string }[] = []
    for (let n = 0; n < USERS; n += 1) {
      const name = `Outage ${n}`
      const registered = await send(
        '/auth/register',
        jsonRequest('POST', {
          email: `outage-${randomUUID()}@example.com`,
          password: 'a long passphrase',
          name,
        }),
      )
      expect(registered.status).toBe(201)
      const { id } = (await registered.json()) as { id: string }
      const token = await host.runtime.auth.signAccessToken({ userId: id, role: 'customer' })
      for (const version of [1, 2]) {
        const renamed = await send(
          '/users/me',
          jsonRequest(
            'PATCH',
            { name: `${name} v${version}` },
            { authorization: `Bearer ${token}` },
          ),
        )
        expect(renamed.status).toBe(200)
      }
      users.push({ id, token, name })
    }

    // Every change is committed and waits in the outbox; no handler has seen any of them.
    expect(await pendingInOutbox()).toBe(USERS * 3)
    const ids = users.map((user) => user.id)
    const { sql } = database()
    expect(
      await sql`select 1 from notifications.notifications where user_id in ${sql(ids)}`,
    ).toHaveLength(0)

    await localKafka(repoRoot, 'start')

    await eventually(
      async () => {
        const [row] = await sql<{ welcomed: number }[]>`
          select count(distinct user_id)::int as welcomed from notifications.notifications
          where user_id in ${sql(ids)}`
        return row?.welcomed === USERS ? true : undefined
      },
      { timeoutMs: 150_000, everyMs: 250, what: 'every welcome notification after the outage' },
    )
    for (const user of users) {
      const listed = await send('/notifications', {
        headers: { authorization: `Bearer ${user.token}` },
      })
      const page = (await listed.json()) as { items: { kind: string; body: string }[] }
      expect(page.items).toEqual([
        expect.objectContaining({ kind: 'welcome', body: expect.stringContaining(user.name) }),
      ])
    }
    expect(await pendingInOutbox()).toBe(0)

    // On the topic: each user's three events on one partition, in the order they happened.
    reader = await readTopics(brokers(), [TOPIC], { from: before })
    const records = reader.records
    const mine = await eventually(
      async () => {
        const found = records.filter((record) => record.key && ids.includes(record.key))
        const distinct = new Set(found.map((record) => record.headers['mart-event-id']))
        return distinct.size === USERS * 3 ? found : undefined
      },
      { timeoutMs: 30_000, what: 'all 15 records on the topic' },
    )
    for (const user of users) {
      const own = mine.filter((record) => record.key === user.id)
      expect(new Set(own.map((record) => record.partition)).size).toBe(1)
      const seen = new Set<string>()
      const inOrder = own
        .sort((a, b) => (a.offset < b.offset ? -1 : 1))
        .map(describeRecord)
        // A record published twice (a retry after a lost acknowledgement) counts once.
        .filter((event) => !seen.has(event.eventId) && seen.add(event.eventId))
      expect(inOrder.map(({ type, name }) => ({ type, name }))).toEqual([
        { type: UserRegistered.type, name: user.name },
        { type: UserProfileUpdated.type, name: `${user.name} v1` },
        { type: UserProfileUpdated.type, name: `${user.name} v2` },
      ])
    }
  }, 300_000)
})
