import { RateLimiterMemory } from 'rate-limiter-flexible';
import { tooManyRequests } from '../errors';

/**
 * Failed sign-ins per client address, in this process (rate-limiter-flexible): `maxFailures` in
 * `windowSeconds`, then every sign-in from the address is refused until the window ends. The
 * per-account limit lives in the database beside the hashes (app.login), where the server's role
 * cannot loosen it and every instance shares it; this one stops one address from trying many
 * accounts. Behind a proxy, set TRUST_PROXY so the address is the client's, not the proxy's.
 */
export class AddressThrottle {
  private readonly failures: RateLimiterMemory;

  constructor(
    readonly maxFailures: number,
    readonly windowSeconds: number,
  ) {
    this.failures = new RateLimiterMemory({ points: maxFailures, duration: windowSeconds });
  }

  /** Refuses (TOO_MANY_REQUESTS, with the seconds to wait) an address that has failed too often. */
  async check(address: string): Promise<void> {
    const state = await this.failures.get(address);
    if (state && state.consumedPoints >= this.maxFailures) {
      throw tooManyRequests('Too many failed sign-ins from your address; wait before trying again.', 'SIGN_IN_THROTTLED', state.msBeforeNext / 1000);
    }
  }

  async failed(address: string): Promise<void> {
    await this.failures.penalty(address, 1);
  }
}
