import { afterAll, beforeAll, inject } from 'vitest'
import { createTestDatabase, type TestDatabase } from './database.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseServerUrl: string
    templateDatabase: string
    kafkaBrokers: string[]
  }
}

/** A fresh migrated database for this test file, dropped when the file is done. */
export function useTestDatabase(): () => TestDatabase {
  let database: TestDatabase | undefined
  beforeAll(async () => {
    database = await createTestDatabase(inject('databaseServerUrl'), inject('templateDatabase'))
  })
  afterAll(async () => {
    await database?.drop()
  })
  return () => {
    if (!database) throw new Error('useTestDatabase() is read before its beforeAll ran')
    return database
  }
}
