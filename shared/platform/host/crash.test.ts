import { type ChildProcess, spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { UserRegistered } from '#proto'
import { publicJwkOf } from '#shared/auth'
import { eventually, testSigningKey, useTestDatabase } from '#shared/testing'
import { repoRoot } from '../registry.ts'
import { ownConsumerGroups } from '../testing/host.ts'
import {
  committedPositions,
  deleteGroups,
  freePort,
  type GroupStart,
  readTopics,
  type TopicReader,
  topicPositions,
} from '../testing/index.ts'

/**
 * The whole mart as `npm start` runs it, with Kafka, killed with SIGKILL while registrations
 * and their events are in flight, then started again: every user ends up with exactly one
 * welcome notification. Rows published but not marked sent are published again, records
 * handled but not committed are delivered again; processed_events makes both harmless.
 */

const REGISTRATIONS = 30
const LANES = 6
const TOPIC = UserRegistered.topic
// The function whose effects are counted: one welcome per registration.
const WELCOMER = 'notifications-on-user-registered'
const database = useTestDatabase()
const brokers = () => inject('kafkaBrokers')
const groupPrefix = `test.crash.${randomUUID()}.`
let groups: GroupStart[] = []
let reader: TopicReader | undefined
const running = new Set<Mart>()
let cleanExit = false
// Where the marts write their Prometheus targets: not the developer's .data/.
let targetsDir: string

interface Mart {
  process: ChildProcess
  url: string
  lines: string[]
  exited: Promise<number | NodeJS.Signals | null>
}

/** `npm start` in a process of its own (node itself, so a signal reaches the mart, not npx). */
async function startMart(): Promise<Mart> {
  const key = await testSigningKey()
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: database().url,
      KAFKA_BROKERS: brokers().join(','),
      KAFKA_GROUP_PREFIX: groupPrefix,
      PORT: String(port),
      AUTH_SIGNING_KEY: JSON.stringify(key.privateJwk),
      AUTH_JWKS: JSON.stringify({ keys: [publicJwkOf(key)] }),
      LOG_LEVEL: 'info',
      PROMETHEUS_TARGETS_FILE: join(targetsDir, 'targets.json'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: string[] = []
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => lines.push(line))
  }
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  )
  const mart: Mart = { process: child, url: `http://127.0.0.1:${port}`, lines, exited }
  running.add(mart)
  void exited.then(() => running.delete(mart))
  // Ready = listening, database reachable and every trigger in its group. After a SIGKILL the
  // dead member holds the group until its session times out (30 s): the wait covers it.
  await eventually(
    async () => {
      if (child.exitCode !== null) {
        throw new Error(`the mart exited (${child.exitCode}):\n${lines.join('\n')}`)
      }
      const res = await fetch(`${mart.url}/readyz`).catch(() => undefined)
      return res?.ok ? true : undefined
    },
    { timeoutMs: 120_000, everyMs: 200, what: 'the mart ready' },
  )
  return mart
}

/** Registers one account; 'failed' when the mart died under the request. */
async function register(url: string, email: string): Promise<number | 'failed'> {
  try {
    const res = await fetch(`${url}/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'a long passphrase', name: 'Crash Test' }),
      signal: AbortSignal.timeout(30_000),
    })
    await res.arrayBuffer()
    return res.status
  } catch {
    return 'failed'
  }
}

async function count(query: Promise<{ n: number }[]>): Promise<number> {
  const [row] = await query
  return row?.n ?? 0
}

beforeAll(async () => {
  targetsDir = await mkdtemp(join(tmpdir(), 'mart-crash-'))
  groups = await ownConsumerGroups(brokers(), groupPrefix)
  reader = await readTopics(brokers(), [TOPIC], { from: await topicPositions(brokers(), [TOPIC]) })
})

afterAll(async () => {
  // A mart left running by a failure above: ours, so ours to kill.
  for (const mart of running) {
    mart.process.kill('SIGKILL')
    await mart.exited
  }
  await reader?.stop()
  await rm(targetsDir, { recursive: true, force: true })
  // A killed member keeps the group busy until its session ends; only a clean exit frees it.
  if (cleanExit)
    await deleteGroups(
      brokers(),
      groups.map((group) => group.groupId),
    )
})

describe('the local host killed mid-stream', () => {
  it('loses and duplicates no effect once it is started again', async () => {
    const { sql } = database()
    const emails = Array.from(
      { length: REGISTRATIONS },
      (_, n) => `crash-${n}-${randomUUID()}@example.com`,
    )
    const first = await startMart()

    // Registrations in a few lanes; the mart is killed as soon as the first welcome is written.
    const outcomes = new Map<string, number | 'failed'>()
    const queue = [...emails]
    const lanes = Promise.all(
      Array.from({ length: LANES }, async () => {
        for (let email = queue.shift(); email; email = queue.shift()) {
          outcomes.set(email, await register(first.url, email))
        }
      }),
    )
    // Other hosts' events share the topic: only welcomes of our own users count.
    const ourWelcomes = () =>
      count(sql`
        select count(*)::int as n from notifications.notifications n
        where exists (select 1 from users.users u where u.id = n.user_id)`)
    await eventually(async () => ((await ourWelcomes()) > 0 ? true : undefined), {
      timeoutMs: 60_000,
      everyMs: 10,
      what: 'the first welcome notification',
    })
    first.process.kill('SIGKILL')
    expect(await first.exited).toBe('SIGKILL')
    await lanes
    const welcomedAtKill = await ourWelcomes()
    // Killed mid-stream: some effects were still to come.
    expect(welcomedAtKill).toBeLessThan(REGISTRATIONS)

    const second = await startMart()
    // Requests that died with the first mart: each either committed (409 now) or not (201).
    const retried = emails.filter((email) => outcomes.get(email) !== 201)
    for (const email of retried) expect([201, 409]).toContain(await register(second.url, email))
    expect(await count(sql`select count(*)::int as n from users.users`)).toBe(REGISTRATIONS)

    const userIds = (await sql<{ id: string }[]>`select id from users.users`).map((row) => row.id)
    await eventually(
      async () => {
        const unwelcomed = await count(sql`
          select count(*)::int as n from users.users u
          where not exists (select 1 from notifications.notifications n where n.user_id = u.id)`)
        const unsent = await count(
          sql`select count(*)::int as n from users.outbox where sent_at is null`,
        )
        return unwelcomed === 0 && unsent === 0 ? true : undefined
      },
      { timeoutMs: 90_000, everyMs: 250, what: 'a welcome notification for every user' },
    )
    // Wait until the group is past every record of ours, redeliveries included: only then
    // would a duplicate have shown.
    const records = reader?.records ?? []
    await eventually(
      async () => {
        const ours = records.filter((record) => record.key && userIds.includes(record.key))
        const keys = new Set(ours.map((record) => record.key))
        if (keys.size < REGISTRATIONS) return undefined
        const welcomes = groups.find((group) => group.groupId.endsWith(`fn.${WELCOMER}`))
        const committed = await committedPositions(brokers(), welcomes?.groupId ?? '', [TOPIC])
        const done = ours.every(
          (record) => (committed.get(`${record.topic}/${record.partition}`) ?? -1n) > record.offset,
        )
        return done ? true : undefined
      },
      { timeoutMs: 60_000, everyMs: 250, what: 'the group past every record of ours' },
    )

    // Exactly one welcome each. (The group may also have handled other hosts' events from
    // the shared topic: notifications for strangers, not counted.)
    const perUser = await sql<{ userId: string; welcomes: number }[]>`
      select u.id as user_id, count(n.id)::int as welcomes
      from users.users u left join notifications.notifications n on n.user_id = u.id
      group by u.id`
    expect(perUser).toHaveLength(REGISTRATIONS)
    expect(perUser.filter((row) => row.welcomes !== 1)).toEqual([])
    expect(
      await count(sql`
        select count(*)::int as n from notifications.notifications
        where user_id in ${sql(userIds)}`),
    ).toBe(REGISTRATIONS)

    second.process.kill('SIGTERM')
    expect(await second.exited).toBe(0)
    cleanExit = true
  }, 300_000)
})
