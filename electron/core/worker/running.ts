import { AppError } from '../errors'

/**
 * The long job of one kind running on each key (a connection, a data folder), with the means to
 * cancel it: `import/cancel`, `backup/cancel`. A newer job either stops the running one (a newer
 * import preview makes the older one moot) or is refused while one runs (two backups at once).
 */
export class Running {
  private readonly now = new Map<unknown, AbortController>()

  constructor(private readonly newer: 'supersedes' | { refused: string }) {}

  async run<T>(key: unknown, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const running = this.now.get(key)
    if (running && this.newer !== 'supersedes') throw new AppError('ILLEGAL_STATE', this.newer.refused)
    running?.abort()
    const mine = new AbortController()
    this.now.set(key, mine)
    try {
      return await work(mine.signal)
    } finally {
      if (this.now.get(key) === mine) this.now.delete(key)
    }
  }

  cancel(key: unknown): { cancelled: boolean } {
    const running = this.now.get(key)
    running?.abort()
    return { cancelled: running !== undefined }
  }
}
