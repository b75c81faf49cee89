import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import { createApp } from './app';
import { loadConfig } from './core/config';
import { appUrlOf, createDataSource, prepareDatabase, withClient } from './core/database';
import { loadDemoData, loadReferenceData } from './seeds';

const log = (message: string) => console.log(message);

async function main(): Promise<void> {
  const config = loadConfig();
  let ready = false;
  const started = Date.now();
  log(`hoagiai: starting (${config.databaseUrl ? 'PostgreSQL from DATABASE_URL' : `embedded PostgreSQL in ${config.dataDir}`}`
    + `${config.databaseReadUrl ? ', analysts\' queries on the replica in DATABASE_READ_URL' : ''})`);
  const database = await prepareDatabase(config, log);
  const dataSource = await createDataSource(database.appUrl, log, config.limits.poolSize, config.limits);
  // The replica's pool has the same timeouts as the primary's (statement, idle in transaction, acquire).
  const readDataSource = config.databaseReadUrl
    ? await createDataSource(appUrlOf(config.databaseReadUrl, config.jwtSecret), log, config.limits.poolSize, config.limits)
    : undefined;
  const { listener, apollo, drain, close } = await createApp({ config, dataSource, readDataSource, log, isReady: () => ready });
  const server: Server = await new Promise((resolve) => {
    const listening = createServer(listener).listen(config.port, () => resolve(listening));
  });
  // A client that trickles its request cannot hold a connection for minutes.
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;

  let stopping = false;
  /**
   * SIGTERM / SIGINT: stop accepting, let the requests in flight finish (up to DRAIN_TIMEOUT_MS),
   * then close the pools and stop PostgreSQL. Every request is either answered completely or
   * never acknowledged.
   */
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`hoagiai: ${signal} received, draining ${drain.requestsInFlight} request(s) in flight (at most ${config.limits.drainTimeoutMs / 1000} s) ...`);
    const inTime = await drain.drain(server, config.limits.drainTimeoutMs);
    if (!inTime) log('hoagiai: the drain timed out; the requests still running were cut off (their transactions roll back)');
    await apollo.stop().catch(() => undefined);
    await close().catch(() => undefined);
    await dataSource.destroy().catch(() => undefined);
    await readDataSource?.destroy().catch(() => undefined);
    await database.stopEmbedded?.().catch(() => undefined);
    log('hoagiai: stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await withClient(database.ownerUrl, async (owner) => {
    await loadReferenceData(owner, log);
    if (config.loadDemoData) await loadDemoData(owner, log);
  });
  ready = true;
  const port = (server.address() as { port: number }).port;
  log(`hoagiai: ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  log(`  GraphQL  http://localhost:${port}/graphql`);
  log(`  Console  http://localhost:${port}/admin`);
  log(`  Health   http://localhost:${port}/health/live, /health/ready`);
}

main().catch((error: unknown) => {
  console.error(`hoagiai: could not start: ${(error as Error).message ?? error}`);
  process.exit(1);
});
