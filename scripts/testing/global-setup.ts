import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { createTemplateDatabase, resolveDatabaseServer } from '../../shared/testing/index.ts'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

/** One database server and one migrated template for the whole run. */
export default async function setup(project: TestProject) {
  const server = await resolveDatabaseServer(repoRoot)
  const template = await createTemplateDatabase(server.url, `${repoRoot}functions`)
  project.provide('databaseServerUrl', server.url)
  project.provide('templateDatabase', template.name)
  return async () => {
    await template.drop()
    await server.stop()
  }
}
