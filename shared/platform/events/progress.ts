import { setTimeout as sleep } from 'node:timers/promises'

/**
 * Records taken and not yet acknowledged, at most, per Kafka partition or per outbox: how far
 * a slow key lets the other keys run ahead of it.
 */
export const PROGRESS_WINDOW = 500

/**
 * Work taken in order and finished in any order (keys run side by side): what may be
 * acknowledged — a Kafka offset committed, outbox rows marked sent — is the finished run at
 * the front, so everything before an acknowledged item is done too.
 */
export class InOrderProgress<Item> {
  private readonly taken: Item[] = []
  private readonly finished = new Set<Item>()
  private changed: (() => void) | undefined

  /** Items taken and not yet released. */
  get inFlight(): number {
    return this.taken.length
  }

  take(item: Item) {
    this.taken.push(item)
  }

  /** Marks an item done; returns the finished run it released at the front, oldest first. */
  finish(item: Item): Item[] {
    this.finished.add(item)
    const released: Item[] = []
    for (
      let head = this.taken[0];
      head !== undefined && this.finished.has(head);
      head = this.taken[0]
    ) {
      this.taken.shift()
      this.finished.delete(head)
      released.push(head)
    }
    this.changed?.()
    return released
  }

  /** Resolves when an item finishes, or after `ms`, whichever comes first. */
  async settle(ms: number): Promise<void> {
    await Promise.race([new Promise<void>((resolve) => (this.changed = resolve)), sleep(ms)])
  }
}
