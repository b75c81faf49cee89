import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../server/src/core/embedded-postgres';
import { createDatabaseIfMissing, withClient } from '../../server/src/core/database';
import { appRolePassword, ensureAppRole, migrate } from '../../server/src/core/migrate';
import { loadDemoData, loadReferenceData } from '../../server/src/seeds';
import { TEMPLATE_DATABASE, TEST_JWT_SECRET } from './constants';

/**
 * One embedded PostgreSQL cluster per test run, and one template database holding the migrated
 * schema, the reference data and the demo data. Every test file copies the template into a
 * database of its own (CREATE DATABASE ... TEMPLATE), so files never see each other's writes.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hoagiai-test-'));
  chmodSync(dataDir, 0o755); // PostgreSQL runs as its own user when the tests run as root
  const quiet = process.env.TEST_LOG ? (message: string) => console.log(message) : () => undefined;
  const cluster = await startEmbeddedPostgres(dataDir, quiet);
  await createDatabaseIfMissing(cluster.url(), TEMPLATE_DATABASE);
  await withClient(cluster.url(TEMPLATE_DATABASE), async (owner) => {
    await ensureAppRole(owner, appRolePassword(TEST_JWT_SECRET));
    await migrate(owner, quiet);
    await loadReferenceData(owner, quiet);
    await loadDemoData(owner, quiet);
  });
  project.provide('adminUrl', cluster.url());
  return async () => {
    await cluster.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
  }
}
