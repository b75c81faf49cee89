import { randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { tooManyRequests } from '../errors';

// scrypt is memory-hard: N = 2^15, r = 8 uses 32 MiB per hash, which makes GPU guessing costly.
const PARAMS: ScryptOptions = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;
const SCHEME = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9_-]+)$/;

/**
 * At most `concurrency` hashes are computed at once; a sign-in flood waits in a short queue and,
 * past it, is refused (TOO_MANY_REQUESTS), so it cannot take the CPU (and the libuv threads) from
 * the queries of signed-in users.
 */
export class HashLimiter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly maxQueue: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxQueue) {
        throw tooManyRequests('Too many sign-ins are being checked right now; try again in a moment.', 'SIGN_IN_BUSY', 2);
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}

/** The process's limiter, shared by sign-in and password changes; createApp sizes it from the configuration. */
export let passwordHashing = new HashLimiter(1, 32);
export function limitPasswordHashing(concurrency: number, maxQueue: number): HashLimiter {
  passwordHashing = new HashLimiter(concurrency, maxQueue);
  return passwordHashing;
}

function derive(password: string, salt: Buffer, params: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, params, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** Format: scrypt$N$r$p$salt$hash (base64url), so parameters can be raised later. */
export async function hashPassword(password: string, limiter: HashLimiter | null = passwordHashing): Promise<string> {
  const salt = randomBytes(16);
  const work = () => derive(password, salt, PARAMS);
  const key = await (limiter ? limiter.run(work) : work());
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/**
 * The hash a password would have under a stored scheme (`scrypt$N$r$p$salt`, as app.login_challenge
 * gives it): the database compares it with the stored hash, which the server never reads.
 */
export async function candidateHash(password: string, scheme: string, limiter: HashLimiter = passwordHashing): Promise<string> {
  const match = SCHEME.exec(scheme);
  if (!match) throw new Error('Unknown password scheme');
  const [, n, r, p, salt] = match;
  // Parameters come from our own hashes; the bounds keep a tampered row from asking for gigabytes.
  const params: ScryptOptions = { N: Math.min(Number(n), 2 ** 17), r: Math.min(Number(r), 16), p: Math.min(Number(p), 4), maxmem: 256 * 1024 * 1024 };
  const key = await limiter.run(() => derive(password, Buffer.from(salt, 'base64url'), params));
  return `${scheme}$${key.toString('base64url')}`;
}
