import type { TestProject } from 'vitest/node'
import { functionsDir, repoRoot } from '../registry.ts'
import { createTemplateDatabase, resolveDatabaseServer } from './database-server.ts'
import { resolveKafkaBroker } from './kafka-broker.ts'

/** One database server, one migrated template and one Kafka broker for the whole run. */
export default async function setup(project: TestProject) {
  const server = await resolveDatabaseServer(repoRoot)
  const kafka = await resolveKafkaBroker(repoRoot)
  const template = await createTemplateDatabase(server.url, functionsDir)
  project.provide('databaseServerUrl', server.url)
  project.provide('templateDatabase', template.name)
  project.provide('kafkaBrokers', kafka.brokers)
  return async () => {
    await template.drop()
    await server.stop()
    await kafka.stop()
  }
}
