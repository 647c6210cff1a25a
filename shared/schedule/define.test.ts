import { describe, expect, it } from 'vitest'
import { defineScheduledFunction } from './define.ts'

describe('defineScheduledFunction', () => {
  it('takes a five-field pattern, or six with seconds first', () => {
    for (const schedule of ['*/5 * * * *', '*/10 * * * * *']) {
      const fn = defineScheduledFunction({ name: 'test-fine', schedule, run: async () => {} })
      expect(fn.manifest).toEqual({ kind: 'scheduled', name: 'test-fine', schedule })
    }
  })

  it('refuses a schedule that is not a cron pattern when loaded, naming the function', () => {
    expect(() =>
      defineScheduledFunction({ name: 'test-bad', schedule: '*/5 * * *', run: async () => {} }),
    ).toThrow(/test-bad: schedule '\*\/5 \* \* \*' is not a cron pattern/)
    expect(() =>
      defineScheduledFunction({ name: 'test-bad', schedule: '61 * * * *', run: async () => {} }),
    ).toThrow(/Invalid value for minute: 61/)
  })
})
