import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../app';
import { loadConfig } from '../core/config';
import { createDataSource } from '../core/database';
import { scopeOf } from '../core/tenancy/scope';
import { AuthService } from '../modules/users/auth.service';
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
  const config = { ...loadConfig({ ...process.env, JWT_SECRET: options.jwtSecret, DATA_DIR: '/nonexistent' }), port: 0 };
  const dataSource = await createDataSource(options.appUrl, () => undefined, options.poolSize);
  const { app, apollo } = await createApp({ config, dataSource, log: () => undefined, exposeStatementCount: true });
  const auth = new AuthService(dataSource, options.jwtSecret, 3600);
  const targets: FloorTarget[] = [];
  for (const workload of workloads) {
    const [account] = (await dataSource.query('select id from app.login_lookup($1)', [workload.account])) as { id: number }[];
    targets.push({ workload, scope: scopeOf((await auth.caller(account.id)).memberships), userId: account.id });
  }
  const project = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => project.once('listening', resolve));
  const floor = floorServer(options.appUrl, options.ownerUrl, targets, options.known, options.poolSize);
  // The load generator keeps its connections between phases: never close them under it.
  for (const server of [project, floor]) server.keepAliveTimeout = 10 * 60_000;
  const ports = { project: (project.address() as AddressInfo).port, floor: await listen(floor) };
  process.stdout.write(`${JSON.stringify(ports)}\n`);
  process.stdin.resume();
  process.stdin.on('close', () => {
    project.close();
    floor.close();
    void apollo.stop().then(() => dataSource.destroy()).finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
