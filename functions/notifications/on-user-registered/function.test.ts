import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { UserRegistered } from '#proto'
import type { EventEnvelope } from '#shared/events'
import { cloudEventRequest } from '#shared/events'
import { readProblem, useFunctionTest } from '#shared/testing'
import onUserRegistered from './function.ts'

const t = useFunctionTest()

/** Delivers a CloudEvent to the function, as the event platform would. */
function deliver(request: Request) {
  return t.app(onUserRegistered).request(request)
}

/** A UserRegistered event for a new user, as users-register records it. */
function userRegistered(name = 'Amna'): EventEnvelope & { userId: string } {
  const userId = randomUUID()
  return {
    userId,
    eventId: randomUUID(),
    type: UserRegistered.type,
    occurredAt: new Date(),
    source: 'users-register',
    correlationId: `req-${randomUUID()}`,
    causationId: '',
    payload: UserRegistered.encode({ userId, email: `${userId}@example.com`, name }),
  }
}

interface Tampering {
  header?: readonly [name: string, value: string]
  body?: Uint8Array
}

/** The event's CloudEvent with one header changed, or the body replaced. */
function tampered(event: EventEnvelope, change: Tampering): Request {
  const original = cloudEventRequest(event)
  const headers = new Headers(original.headers)
  if (change.header) headers.set(change.header[0], change.header[1])
  return new Request(original.url, {
    method: 'POST',
    headers,
    body: change.body ?? event.payload,
  })
}

async function notificationsOf(userId: string) {
  return t.sql<{ kind: string; title: string; body: string; causedBy: string }[]>`
    select kind, title, body, caused_by from notifications.notifications
    where user_id = ${userId}`
}

async function processed(eventId: string) {
  return t.sql<{ consumer: string }[]>`
    select consumer from notifications.processed_events where event_id = ${eventId}`
}

describe('notifications-on-user-registered', () => {
  it('takes a UserRegistered CloudEvent: 200 and one welcome notification for the user', async () => {
    const event = userRegistered('Amna')
    const res = await deliver(cloudEventRequest(event))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'handled' })
    expect(await notificationsOf(event.userId)).toEqual([
      {
        kind: 'welcome',
        title: 'Welcome to Imtiaz Mart',
        body: expect.stringContaining('Hello Amna'),
        causedBy: event.eventId,
      },
    ])
    expect(await processed(event.eventId)).toEqual([
      { consumer: 'notifications-on-user-registered' },
    ])
  })

  it('logs the delivery under the event’s correlation id', async () => {
    const event = userRegistered()
    expect((await deliver(cloudEventRequest(event))).status).toBe(200)
    expect(t.runtime.logs.entries).toContainEqual(
      expect.objectContaining({
        requestId: event.correlationId,
        fn: 'notifications-on-user-registered',
        method: 'POST',
        status: 200,
      }),
    )
  })

  it('handles the same event delivered twice once, answering 2xx both times', async () => {
    const event = userRegistered()
    const first = await deliver(cloudEventRequest(event))
    const second = await deliver(cloudEventRequest(event))
    expect([first.status, second.status]).toEqual([200, 200])
    expect(await second.json()).toEqual({ status: 'already handled' })
    expect(await notificationsOf(event.userId)).toHaveLength(1)
  })

  it('handles two concurrent deliveries of one event once', async () => {
    const event = userRegistered()
    const answers = await Promise.all([
      deliver(cloudEventRequest(event)),
      deliver(cloudEventRequest(event)),
    ])
    expect(answers.map((res) => res.status)).toEqual([200, 200])
    const bodies = await Promise.all(
      answers.map((res) => res.json() as Promise<{ status: string }>),
    )
    expect(bodies.map((body) => body.status).sort()).toEqual(['already handled', 'handled'])
    expect(await notificationsOf(event.userId)).toHaveLength(1)
  })

  // An undecodable body: field 1 claims 5 bytes, and 1 follows.
  const truncated = new Uint8Array([0x0a, 0x05, 0x61])
  it.each([
    [
      'a wrong ce-type',
      { header: ['ce-type', 'mart.users.v1.UserProfileUpdated'] },
      'wrong-event-type',
    ],
    ['a ce-id that is not a UUID', { header: ['ce-id', 'event-1'] }, 'bad-event-id'],
    [
      'a ce-id of 36 hex digits and dashes, no UUID',
      { header: ['ce-id', 'a'.repeat(36)] },
      'bad-event-id',
    ],
    [
      'no CloudEvents 1.0 ce-specversion',
      { header: ['ce-specversion', '0.3'] },
      'not-a-cloud-event',
    ],
    ['a ce-time that is no time', { header: ['ce-time', 'yesterday'] }, 'bad-event-time'],
    ['an undecodable body', { body: truncated }, 'undecodable-event'],
  ] satisfies [string, Tampering, string][])(
    'answers 400 to %s and writes nothing',
    async (_label, change, kind) => {
      const event = userRegistered()
      const res = await deliver(tampered(event, change))
      expect(res.status).toBe(400)
      expect(await readProblem(res)).toMatchObject({
        status: 400,
        type: `urn:imtiaz-mart:problem:${kind}`,
      })
      expect(await notificationsOf(event.userId)).toEqual([])
      expect(await processed(event.eventId)).toEqual([])
    },
  )

  it('answers 422 to an event without a user id, so it is dead-lettered at once, and writes nothing', async () => {
    const event = userRegistered()
    const res = await deliver(tampered(event, { body: UserRegistered.encode({ name: 'Amna' }) }))
    expect(res.status).toBe(422)
    expect((await readProblem(res)).type).toBe('urn:imtiaz-mart:problem:invalid-event')
    expect(await processed(event.eventId)).toEqual([])
  })
})
