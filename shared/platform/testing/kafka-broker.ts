import { execFile } from 'node:child_process'
import { connect } from 'node:net'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const LOCAL_BROKER = '127.0.0.1:9092'

export interface KafkaBroker {
  brokers: string[]
  stop(): Promise<void>
}

function answers(address: string): Promise<boolean> {
  const [host = '127.0.0.1', port = '9092'] = address.split(':')
  return new Promise((resolve) => {
    const socket = connect({ host, port: Number(port), timeout: 1000 })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => {
      socket.destroy()
      resolve(false)
    })
  })
}

/**
 * The Kafka broker tests use: KAFKA_BROKERS when set, else the one on 127.0.0.1:9092 when it
 * answers, else the local broker of scripts/kafka (Java and Maven needed), stopped afterwards.
 */
export async function resolveKafkaBroker(repoRoot: string): Promise<KafkaBroker> {
  const given = process.env.KAFKA_BROKERS
  if (given) return { brokers: given.split(','), stop: async () => {} }
  if (await answers(LOCAL_BROKER)) return { brokers: [LOCAL_BROKER], stop: async () => {} }
  const script = join(repoRoot, 'scripts', 'kafka', 'kafka.sh')
  await run('bash', [script, 'start'], { timeout: 600_000 })
  return {
    brokers: [LOCAL_BROKER],
    stop: async () => {
      await run('bash', [script, 'stop'], { timeout: 60_000 })
    },
  }
}

/** Stops or starts the local broker of scripts/kafka, for tests of Kafka going away. */
export async function localKafka(repoRoot: string, command: 'start' | 'stop'): Promise<void> {
  await run('bash', [join(repoRoot, 'scripts', 'kafka', 'kafka.sh'), command], { timeout: 300_000 })
}
