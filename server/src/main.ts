import 'reflect-metadata';
import type { Server } from 'node:http';
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
  const dataSource = await createDataSource(database.appUrl, log);
  const readDataSource = config.databaseReadUrl ? await createDataSource(appUrlOf(config.databaseReadUrl, config.jwtSecret), log) : undefined;
  const { app, apollo } = await createApp({ config, dataSource, readDataSource, log, isReady: () => ready });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(config.port, () => resolve(listening));
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`hoagiai: ${signal} received, stopping ...`);
    server.close();
    await apollo.stop().catch(() => undefined);
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
  log(`  Health   http://localhost:${port}/health`);
}

main().catch((error: unknown) => {
  console.error(`hoagiai: could not start: ${(error as Error).message ?? error}`);
  process.exit(1);
});
