import { randomUUID } from 'node:crypto'
import { ConfigResourceTypes } from 'kafkajs'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { EventConfig, readConfig } from '#shared/config'
import { deadLetterTopic } from '#shared/events'
import { createLogger } from '#shared/observability'
import { createKafka, ensureTopics } from './kafka.ts'

const kafka = createKafka(inject('kafkaBrokers'), 'test-topics', createLogger({ level: 'silent' }))
const topic = `test.topics.${randomUUID()}`

afterAll(async () => {
  const admin = kafka.admin()
  await admin.connect()
  await admin.deleteTopics({ topics: [topic, deadLetterTopic(topic)] })
  await admin.disconnect()
})

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
