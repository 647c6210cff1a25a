import { afterAll, beforeAll, inject } from 'vitest'
import type { Sql } from '#shared/db'
import { createTestDatabase, type TestDatabase } from './database.ts'
import { createTestRuntime, type TestAuthOptions, type TestRuntime } from './runtime.ts'

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

/** A function under test: an HTTP or an event function, either makes its app from a runtime. */
export interface AppFactory {
  createApp(runtime: TestRuntime): unknown
}

/** What a function test file works with; read it in hooks and tests, not at the top level. */
export interface FunctionTest {
  readonly database: TestDatabase
  readonly sql: Sql
  readonly runtime: TestRuntime
  /** The app of `fn` on this file's runtime, made once and then shared by every test. */
  app<F extends AppFactory>(fn: F): ReturnType<F['createApp']>
}

/**
 * A function test file's setup: a fresh database (see useTestDatabase) and one test runtime on
 * it, on which every function's app is made, so a test can call several functions as a client.
 * `options` gives that runtime a clock the test moves, or other token limits.
 */
export function useFunctionTest(options: TestAuthOptions = {}): FunctionTest {
  const database = useTestDatabase()
  let runtime: TestRuntime | undefined
  const apps = new Map<AppFactory, unknown>()
  beforeAll(async () => {
    runtime = await createTestRuntime(database().sql, options)
  })
  const currentRuntime = () => {
    if (!runtime) throw new Error('useFunctionTest() is read before its beforeAll ran')
    return runtime
  }
  return {
    get database() {
      return database()
    },
    get sql() {
      return database().sql
    },
    get runtime() {
      return currentRuntime()
    },
    app<F extends AppFactory>(fn: F) {
      if (!apps.has(fn)) apps.set(fn, fn.createApp(currentRuntime()))
      return apps.get(fn) as ReturnType<F['createApp']>
    },
  }
}
