import type { HarnessResponse } from './respond'

/** How often an idle stream gets a comment line, so proxies and browsers keep it open. */
const HEARTBEAT_MS = 25_000

/** One SSE frame: event names are single-line, data is JSON on one line. */
export const sseFrame = (event: string, payload: unknown): string =>
  `event: ${event.replace(/[\r\n]/g, ' ')}\ndata: ${JSON.stringify(payload) ?? 'null'}\n\n`

/** Fans the app's events (progress of long jobs) out to every open `/events` stream. */
export class EventStreams {
  private readonly clients = new Set<HarnessResponse>()
  private readonly heartbeat: NodeJS.Timeout

  constructor() {
    this.heartbeat = setInterval(() => this.write(': keep-alive\n\n'), HEARTBEAT_MS)
    this.heartbeat.unref()
  }

  open(res: HarnessResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    })
    // A first line at once, so the client knows the stream is live before any event.
    res.write(': connected\n\n')
    this.clients.add(res)
    res.on('close', () => this.clients.delete(res))
  }

  publish(event: string, payload: unknown): void {
    this.write(sseFrame(event, payload))
  }

  /** Ends every stream: the harness is stopping. */
  close(): void {
    clearInterval(this.heartbeat)
    for (const res of this.clients) res.end()
    this.clients.clear()
  }

  private write(frame: string): void {
    for (const res of this.clients) res.write(frame)
  }
}
