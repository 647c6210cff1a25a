import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import {
  createTemplateDatabase,
  resolveDatabaseServer,
  resolveKafkaBroker,
} from '../../shared/testing/index.ts'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

/** One database server, one migrated template and one Kafka broker for the whole run. */
export default async function setup(project: TestProject) {
  const server = await resolveDatabaseServer(repoRoot)
  const kafka = await resolveKafkaBroker(repoRoot)
  const template = await createTemplateDatabase(server.url, `${repoRoot}functions`)
  project.provide('databaseServerUrl', server.url)
  project.provide('templateDatabase', template.name)
  project.provide('kafkaBrokers', kafka.brokers)
  return async () => {
    await template.drop()
    await server.stop()
    await kafka.stop()
  }
}
