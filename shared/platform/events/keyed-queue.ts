/**
 * Work in order per key, different keys side by side: at most `concurrency` keys in flight,
 * each key's tasks one after another in the order pushed. A slow key holds its own slot only.
 */
export interface KeyedQueue {
  push(key: string, task: () => Promise<void>): void
  /**
   * Resolves once every task pushed so far has finished; rejects with the first error a task
   * threw. A key whose task threw runs none of its later tasks: they must not overtake it.
   */
  idle(): Promise<void>
}

export function createKeyedQueue(concurrency: number): KeyedQueue {
  const pending = new Map<string, (() => Promise<void>)[]>()
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
    for (const waiter of waiters) {
      if (failed) waiter.reject(failed.error)
      else waiter.resolve()
    }
  }

  async function runKey(key: string) {
    const tasks = pending.get(key) ?? []
    for (let task = tasks[0]; task; task = tasks[0]) {
      const threw = await task().then(
        () => false,
        (error: unknown) => {
          failure ??= { error }
          return true
        },
      )
      if (threw) tasks.length = 0
      else tasks.shift()
    }
    pending.delete(key)
    active--
    pump()
  }

  return {
    push(key, task) {
      const tasks = pending.get(key)
      if (tasks) {
        tasks.push(task)
        return
      }
      pending.set(key, [task])
      waiting.push(key)
      pump()
    },
    idle() {
      const settled = new Promise<void>((resolve, reject) => idleWaiters.push({ resolve, reject }))
      if (active === 0 && pending.size === 0) settle()
      return settled
    },
  }
}
