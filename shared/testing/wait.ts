import { setTimeout as sleep } from 'node:timers/promises'

/**
 * Waits until `check` returns something other than undefined, asking again every `everyMs`;
 * for outcomes that another process brings about (a consumer joining, an event arriving),
 * which no callback of ours can await.
 */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  { timeoutMs = 30_000, everyMs = 50, what = 'the condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`${what} did not come true within ${timeoutMs} ms`)
    await sleep(everyMs)
  }
}
