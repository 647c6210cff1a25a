import { describe, expect, it } from 'vitest'
import { createKeyedQueue } from './keyed-queue.ts'

/** A task that waits for `release` and then notes its name. */
function gated(done: string[], name: string) {
  let release = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  return {
    release,
    task: async () => {
      await gate
      done.push(name)
    },
  }
}

describe('createKeyedQueue', () => {
  it('runs one key in order, other keys past a slow one, at most `concurrency` at once', async () => {
    const queue = createKeyedQueue(2)
    const done: string[] = []
    const slow = gated(done, 'a1')
    const pushed = [
      queue.push('a', slow.task),
      queue.push('a', async () => void done.push('a2')),
      queue.push('b', async () => void done.push('b1')),
      queue.push('b', async () => void done.push('b2')),
      queue.push('c', async () => void done.push('c1')),
    ]
    await Promise.all(pushed.slice(2))
    expect(done).toEqual(['b1', 'b2', 'c1'])
    slow.release()
    await Promise.all(pushed)
    await queue.idle()
    expect(done).toEqual(['b1', 'b2', 'c1', 'a1', 'a2'])
  })

  it('rejects the later tasks of a key whose task threw, and its new ones until idle', async () => {
    const queue = createKeyedQueue(4)
    const done: string[] = []
    const boom = new Error('boom')
    const busy = gated(done, 'b1')
    const other = queue.push('b', busy.task)
    const first = queue.push('a', async () => {
      throw boom
    })
    const second = queue.push('a', async () => void done.push('a2'))
    await expect(first).rejects.toBe(boom)
    await expect(second).rejects.toBe(boom)
    await expect(queue.push('a', async () => void done.push('a3'))).rejects.toBe(boom)
    const idle = queue.idle()
    busy.release()
    await other
    await expect(idle).rejects.toBe(boom)
    await queue.push('a', async () => void done.push('a4'))
    expect(done).toEqual(['b1', 'a4'])
  })
})
