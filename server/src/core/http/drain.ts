import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * Graceful shutdown: count the requests in flight; on drain, stop accepting (the listening socket
 * closes, keep-alive connections are told to close), wait until the in-flight requests have been
 * answered or the timeout passes, then cut what is left. A request is either answered completely
 * (its transaction committed before the answer) or never acknowledged.
 */
export class Drain {
  private inFlight = 0;
  private draining = false;
  private idle: (() => void)[] = [];

  readonly track = (_req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (this.draining) res.setHeader('Connection', 'close');
    this.inFlight += 1;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      this.inFlight -= 1;
      if (this.inFlight === 0) this.idle.splice(0).forEach((resolve) => resolve());
    };
    res.on('finish', finish);
    res.on('close', finish);
    next();
  };

  get isDraining(): boolean {
    return this.draining;
  }

  get requestsInFlight(): number {
    return this.inFlight;
  }

  /** Resolves true when every request finished in time, false when some were cut off. */
  async drain(server: Server, timeoutMs: number): Promise<boolean> {
    this.draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const finished = this.inFlight === 0 ? Promise.resolve(true) : new Promise<boolean>((resolve) => {
      this.idle.push(() => resolve(true));
      setTimeout(() => resolve(false), timeoutMs).unref();
    });
    const inTime = await finished;
    server.closeAllConnections();
    await closed;
    return inTime;
  }
}
