import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { createApp } from '../app';
import { loadConfig } from '../core/config';
import { createDataSource, withClient } from '../core/database';
import { scopeOf, type ScopedMembership } from '../core/tenancy/scope';
import { floorServer, type FloorTarget } from './floor';
import { workloads, type KnownIds } from './workloads';

/** What the bench passes to its server process (env BENCH_SERVE, JSON). */
export type ServeOptions = { appUrl: string; ownerUrl: string; jwtSecret: string; known: KnownIds; poolSize: number };

const listen = (server: Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

/**
 * The bench's server process: the project (the real app, as `npm start` runs it, statement counts
 * exposed) and the floor, side by side on two ports, so the load generator's own work never shares
 * their event loop. Prints {"project": port, "floor": port} on one line, stops when stdin closes.
 */
async function main(): Promise<void> {
  const options = JSON.parse(process.env.BENCH_SERVE ?? '') as ServeOptions;
  // The load generator is one user per workload sending 16 requests at once; W4 costs over 5,000
  // nodes, which issue 10 lets a user run only two at a time (MAX_EXPENSIVE_REQUESTS_PER_USER). The
  // bench measures throughput, not that guard: it allows more than its concurrency.
  const config = {
    ...loadConfig({ ...process.env, JWT_SECRET: options.jwtSecret, DATA_DIR: '/nonexistent', MAX_EXPENSIVE_REQUESTS_PER_USER: '64' }),
    port: 0,
  };
  const dataSource = await createDataSource(options.appUrl, () => undefined, options.poolSize, config.limits);
  const { listener, apollo, close } = await createApp({ config, dataSource, log: () => undefined, exposeStatementCount: true });
  // The floor runs under each workload account's scope: the memberships its session carries
  // (app_private.memberships_of, read here as the owner; the server's role cannot).
  const targets: FloorTarget[] = await withClient(options.ownerUrl, async (owner) => {
    const found: FloorTarget[] = [];
    for (const workload of workloads) {
      const { rows: [account] } = await owner.query<{ id: number; memberships: ScopedMembership[] }>(
        'select u.id, app_private.memberships_of(u.id) as memberships from app_user u where u.email = $1', [workload.account]);
      found.push({ workload, scope: scopeOf(account.memberships), userId: account.id });
    }
    return found;
  });
  const project = createServer(listener).listen(0, '127.0.0.1');
  await new Promise((resolve) => project.once('listening', resolve));
  const floor = floorServer(options.appUrl, options.ownerUrl, targets, options.known, options.poolSize, config.limits.poolIdleTimeoutMs);
  // The load generator keeps its connections between phases: never close them under it.
  for (const server of [project, floor]) server.keepAliveTimeout = 10 * 60_000;
  const ports = { project: (project.address() as AddressInfo).port, floor: await listen(floor) };
  process.stdout.write(`${JSON.stringify(ports)}\n`);
  process.stdin.resume();
  process.stdin.on('close', () => {
    project.close();
    floor.close();
    void apollo.stop().then(() => close()).then(() => dataSource.destroy()).finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
