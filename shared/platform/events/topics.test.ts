import { randomUUID } from 'node:crypto'
import { ConfigResourceTypes } from 'kafkajs'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { EventConfig, readConfig } from '#shared/config'
import { DEFAULT_TOPIC_PARTITIONS, deadLetterTopic } from '#shared/events'
import { createLogger } from '#shared/observability'
import { createKafka, ensureTopics, partitionsOf } from './kafka.ts'

const kafka = createKafka(inject('kafkaBrokers'), 'test-topics', createLogger({ level: 'silent' }))
const topic = `test.topics.${randomUUID()}`
const wideTopic = `test.topics.wide.${randomUUID()}`
const topicsMade = [topic, wideTopic].flatMap((name) => [name, deadLetterTopic(name)])

afterAll(async () => {
  const admin = kafka.admin()
  await admin.connect()
  await admin.deleteTopics({ topics: topicsMade })
  await admin.disconnect()
})

/** The partition count of each topic, as the broker has it. */
async function partitionCounts(names: string[]): Promise<Record<string, number>> {
  const admin = kafka.admin()
  await admin.connect()
  try {
    const { topics } = await admin.fetchTopicMetadata({ topics: names })
    return Object.fromEntries(topics.map(({ name, partitions }) => [name, partitions.length]))
  } finally {
    await admin.disconnect()
  }
}

describe('ensureTopics', () => {
  it('creates a topic and its dead-letter topic with the retention asked for', async () => {
    await ensureTopics(kafka, [topic], { retentionMs: 123_456_789 })
    const admin = kafka.admin()
    await admin.connect()
    try {
      const { resources } = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [topic, deadLetterTopic(topic)].map((name) => ({
          type: ConfigResourceTypes.TOPIC,
          name,
          configNames: ['retention.ms'],
        })),
      })
      expect(
        resources.map(({ resourceName, configEntries }) => ({
          resourceName,
          retention: configEntries.map(({ configValue, isDefault }) => ({
            configValue,
            isDefault,
          })),
        })),
      ).toEqual([
        { resourceName: topic, retention: [{ configValue: '123456789', isDefault: false }] },
        {
          resourceName: deadLetterTopic(topic),
          retention: [{ configValue: '123456789', isDefault: false }],
        },
      ])
    } finally {
      await admin.disconnect()
    }
  })

  it('makes a topic and its dead-letter topic with the partitions configured for it', async () => {
    await ensureTopics(kafka, [topic, wideTopic], {
      retentionMs: 3_600_000,
      partitions: (name) => (name === wideTopic ? 5 : partitionsOf(name)),
    })
    expect(await partitionCounts(topicsMade)).toEqual({
      [topic]: DEFAULT_TOPIC_PARTITIONS,
      [deadLetterTopic(topic)]: DEFAULT_TOPIC_PARTITIONS,
      [wideTopic]: 5,
      [deadLetterTopic(wideTopic)]: 5,
    })
  })

  it('keeps records 30 days unless KAFKA_TOPIC_RETENTION_MS says otherwise', () => {
    const env = { DATABASE_URL: 'postgres://localhost/mart', KAFKA_BROKERS: '127.0.0.1:9092' }
    expect(readConfig(EventConfig, env).KAFKA_TOPIC_RETENTION_MS).toBe(30 * 24 * 3600 * 1000)
    expect(
      readConfig(EventConfig, { ...env, KAFKA_TOPIC_RETENTION_MS: '86400000' })
        .KAFKA_TOPIC_RETENTION_MS,
    ).toBe(86_400_000)
    expect(() => readConfig(EventConfig, { ...env, KAFKA_TOPIC_RETENTION_MS: '0' })).toThrow(
      /KAFKA_TOPIC_RETENTION_MS/,
    )
  })
})
