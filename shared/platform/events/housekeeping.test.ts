import { randomUUID } from 'node:crypto'
import { beforeEach, describe, expect, it } from 'vitest'
import { EventRetentionConfig } from '#shared/config'
import { createTestRuntime, useTestDatabase } from '#shared/testing'
import eventHousekeeping, { purgeEventTables } from './housekeeping.ts'

/**
 * Rows of each event table, some older than their retention and some not, written straight
 * into a real database, as the relay, the triggers and the dead-letter replay leave them.
 */
const database = useTestDatabase()
const sql = () => database().sql

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000)

async function sentOutboxRow(label: string, sentHoursAgo: number | null, createdHoursAgo = 0) {
  await sql()`
    insert into users.outbox (event_id, topic, event_key, event_type, envelope, created_at, sent_at)
    values (${randomUUID()}, 'mart.users.v1', ${label}, 'mart.users.v1.UserRegistered',
            ${Buffer.from(label)}, ${hoursAgo(createdHoursAgo)},
            ${sentHoursAgo === null ? null : hoursAgo(sentHoursAgo)})`
}

async function processedEvent(consumer: string, processedHoursAgo: number) {
  await sql()`
    insert into notifications.processed_events (consumer, event_id, processed_at)
    values (${consumer}, ${randomUUID()}, ${hoursAgo(processedHoursAgo)})`
}

async function deadLetter(key: string, replayedHoursAgo: number | null, createdHoursAgo = 0) {
  await sql()`
    insert into public.dead_letters
      (event_id, topic, event_key, consumer, reason, attempts, envelope, created_at, replayed_at)
    values (${randomUUID()}, 'mart.users.v1', ${key}, 'notifications-on-user-registered',
            'poison', 1, ${Buffer.from(key)}, ${hoursAgo(createdHoursAgo)},
            ${replayedHoursAgo === null ? null : hoursAgo(replayedHoursAgo)})`
}

async function whatIsLeft() {
  const outbox = await sql()<{ eventKey: string }[]>`
    select event_key from users.outbox order by event_key`
  const processed = await sql()<{ consumer: string }[]>`
    select consumer from notifications.processed_events order by consumer`
  const deadLetters = await sql()<{ eventKey: string }[]>`
    select event_key from public.dead_letters order by event_key`
  return {
    outbox: outbox.map((row) => row.eventKey),
    processedEvents: processed.map((row) => row.consumer),
    deadLetters: deadLetters.map((row) => row.eventKey),
  }
}

beforeEach(async () => {
  await sql()`truncate users.outbox, notifications.processed_events, public.dead_letters`
})

describe('event housekeeping', () => {
  it('deletes only what is older than each table’s retention', async () => {
    await sentOutboxRow('sent 3h ago', 3)
    await sentOutboxRow('sent 1h ago', 1)
    await sentOutboxRow('unsent, made 100h ago', null, 100)
    await processedEvent('processed 13h ago', 13)
    await processedEvent('processed 11h ago', 11)
    await deadLetter('replayed 25h ago', 25)
    await deadLetter('replayed 23h ago', 23)
    await deadLetter('never replayed, 100h old', null, 100)

    const purged = await purgeEventTables(sql(), {
      OUTBOX_RETENTION_HOURS: 2,
      PROCESSED_EVENTS_RETENTION_HOURS: 12,
      DEAD_LETTERS_RETENTION_HOURS: 24,
    })

    expect(purged).toEqual({ outbox: 1, processedEvents: 1, deadLetters: 1 })
    expect(await whatIsLeft()).toEqual({
      outbox: ['sent 1h ago', 'unsent, made 100h ago'],
      processedEvents: ['processed 11h ago'],
      deadLetters: ['never replayed, 100h old', 'replayed 23h ago'],
    })
  })

  it('runs as the event-housekeeping function, every five minutes, with the default retention', async () => {
    const defaults = EventRetentionConfig.parse({})
    expect(defaults).toEqual({
      OUTBOX_RETENTION_HOURS: 7 * 24,
      PROCESSED_EVENTS_RETENTION_HOURS: 30 * 24,
      DEAD_LETTERS_RETENTION_HOURS: 30 * 24,
    })
    await sentOutboxRow('sent 8 days ago', 8 * 24)
    await sentOutboxRow('sent 6 days ago', 6 * 24)
    await processedEvent('processed 31 days ago', 31 * 24)
    await processedEvent('processed 29 days ago', 29 * 24)
    await deadLetter('replayed 31 days ago', 31 * 24)
    await deadLetter('replayed 29 days ago', 29 * 24)
    const runtime = await createTestRuntime(sql())

    await eventHousekeeping.run({ runtime, tick: new Date() })

    expect(eventHousekeeping.manifest).toEqual({
      kind: 'scheduled',
      name: 'event-housekeeping',
      schedule: '*/5 * * * *',
    })
    expect(await whatIsLeft()).toEqual({
      outbox: ['sent 6 days ago'],
      processedEvents: ['processed 29 days ago'],
      deadLetters: ['replayed 29 days ago'],
    })
    const line = runtime.logs.entries.find((entry) => entry.msg === 'event tables purged')
    expect(line).toMatchObject({ purged: { outbox: 1, processedEvents: 1, deadLetters: 1 } })
  })
})
