import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PARTITIONS_BY_TOPIC } from '#proto'
import { DEFAULT_TOPIC_PARTITIONS } from '#shared/events'
import { partitionsOf } from '../events/kafka.ts'
import { topicSettings } from './proto.ts'

describe('a topic’s settings (topic.json beside its events.proto)', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mart-topic-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('are the defaults without a topic.json', async () => {
    expect(await topicSettings(dir)).toEqual({ partitions: DEFAULT_TOPIC_PARTITIONS })
  })

  it('give the partitions a topic.json asks for', async () => {
    await writeFile(join(dir, 'topic.json'), '{ "partitions": 12 }')
    expect(await topicSettings(dir)).toEqual({ partitions: 12 })
  })

  it('refuse a count that is no whole number of partitions, or an unknown setting', async () => {
    await writeFile(join(dir, 'topic.json'), '{ "partitions": 0 }')
    await expect(topicSettings(dir)).rejects.toThrow(/topic\.json.*partitions/s)
    await writeFile(join(dir, 'topic.json'), '{ "partitons": 6 }')
    await expect(topicSettings(dir)).rejects.toThrow(/partitons/)
  })

  it('reach the hosts through #proto: partitionsOf, the default for a topic it does not know', () => {
    for (const [topic, partitions] of Object.entries(PARTITIONS_BY_TOPIC)) {
      expect(partitionsOf(topic)).toBe(partitions)
    }
    expect(partitionsOf('test.unknown.v1')).toBe(DEFAULT_TOPIC_PARTITIONS)
  })
})
