import type { Kafka } from 'kafkajs'

/** Where a rewound group starts again: the earliest record kept, or the first at or after a time. */
export type RewindTarget = 'earliest' | Date

export interface PartitionRewind {
  partition: number
  /** The group's committed offset now; undefined when it has committed none. */
  committed: bigint | undefined
  target: bigint
}

export interface RewindPlan {
  groupId: string
  topic: string
  /** The client ids of the group's members: offsets are set only once it has none. */
  members: string[]
  partitions: PartitionRewind[]
}

/**
 * What rewinding a consumer group on a topic would set, partition by partition, and who is
 * in the group now. Nothing is changed.
 */
export async function planRewind(
  kafka: Kafka,
  { groupId, topic, to }: { groupId: string; topic: string; to: RewindTarget },
): Promise<RewindPlan> {
  const admin = kafka.admin()
  await admin.connect()
  try {
    const [{ groups }, [committed], targets] = await Promise.all([
      admin.describeGroups([groupId]),
      admin.fetchOffsets({ groupId, topics: [topic] }),
      to === 'earliest'
        ? admin
            .fetchTopicOffsets(topic)
            .then((ends) => ends.map(({ partition, low }) => ({ partition, offset: low })))
        : // The first offset whose record is at or after the time; the end where none is.
          admin.fetchTopicOffsetsByTimestamp(topic, to.getTime()),
    ])
    const committedAt = new Map(
      (committed?.partitions ?? []).map(({ partition, offset }) => [partition, BigInt(offset)]),
    )
    return {
      groupId,
      topic,
      members: (groups[0]?.members ?? []).map((member) => member.clientId),
      partitions: targets
        .map(({ partition, offset }) => {
          const now = committedAt.get(partition)
          return {
            partition,
            committed: now === undefined || now < 0n ? undefined : now,
            target: BigInt(offset),
          }
        })
        .sort((a, b) => a.partition - b.partition),
    }
  } finally {
    await admin.disconnect()
  }
}

/**
 * Commits the plan's offsets for its group. KafkaJS does it by joining the group for a moment,
 * and refuses when the group has members by then: a running consumer would otherwise keep
 * committing where it was.
 */
export async function applyRewind(kafka: Kafka, plan: RewindPlan): Promise<void> {
  const admin = kafka.admin()
  await admin.connect()
  try {
    await admin.setOffsets({
      groupId: plan.groupId,
      topic: plan.topic,
      partitions: plan.partitions.map(({ partition, target }) => ({
        partition,
        offset: target.toString(),
      })),
    })
  } finally {
    await admin.disconnect()
  }
}
