/**
 * Work in order per key, different keys side by side: at most `concurrency` keys in flight,
 * each key's tasks one after another in the order pushed. A slow key holds its own slot only.
 */
export interface KeyedQueue {
  /**
   * Runs the task in its key's turn; resolves once it ran, rejects with its error. A key whose
   * task threw runs none of its later tasks, and takes none until the queue is next idle: they
   * must not overtake it. Those reject with the same error.
   */
  push(key: string, task: () => Promise<void>): Promise<void>
  /**
   * Resolves once every task pushed so far has finished; rejects with the first error a task
   * threw.
   */
  idle(): Promise<void>
}

interface Entry {
  task(): Promise<void>
  resolve(): void
  reject(error: unknown): void
}

export function createKeyedQueue(concurrency: number): KeyedQueue {
  const pending = new Map<string, Entry[]>()
  const failedKeys = new Map<string, unknown>()
  const waiting: string[] = []
  let active = 0
  let idleWaiters: { resolve(): void; reject(error: unknown): void }[] = []
  let failure: { error: unknown } | undefined

  function pump() {
    while (active < concurrency) {
      const key = waiting.shift()
      if (key === undefined) break
      active++
      void runKey(key)
    }
    if (active === 0 && pending.size === 0) settle()
  }

  function settle() {
    const waiters = idleWaiters
    const failed = failure
    idleWaiters = []
    failure = undefined
    failedKeys.clear()
    for (const waiter of waiters) {
      if (failed) waiter.reject(failed.error)
      else waiter.resolve()
    }
  }

  async function runKey(key: string) {
    const entries = pending.get(key) ?? []
    for (let entry = entries[0]; entry; entry = entries[0]) {
      try {
        await entry.task()
        entry.resolve()
        entries.shift()
      } catch (error) {
        failure ??= { error }
        failedKeys.set(key, error)
        for (const skipped of entries.splice(0)) skipped.reject(error)
      }
    }
    pending.delete(key)
    active--
    pump()
  }

  return {
    push(key, task) {
      return new Promise<void>((resolve, reject) => {
        if (failedKeys.has(key)) {
          reject(failedKeys.get(key))
          return
        }
        const entry = { task, resolve, reject }
        const entries = pending.get(key)
        if (entries) {
          entries.push(entry)
          return
        }
        pending.set(key, [entry])
        waiting.push(key)
        pump()
      })
    },
    idle() {
      const settled = new Promise<void>((resolve, reject) => idleWaiters.push({ resolve, reject }))
      if (active === 0 && pending.size === 0) settle()
      return settled
    },
  }
}
