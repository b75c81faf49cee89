import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/core/config';

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'hoagiai-config-'));

describe('configuration from the environment', () => {
  it('defaults to port 4000, the embedded database in .data and the demo data', () => {
    const config = loadConfig({ DATA_DIR: tempDir() });
    expect(config).toMatchObject({ port: 4000, databaseUrl: undefined, loadDemoData: true, production: false });
  });

  it('generates a JWT secret once and keeps it in the data folder', () => {
    const dataDir = tempDir();
    const first = loadConfig({ DATA_DIR: dataDir });
    expect(readFileSync(path.join(dataDir, 'jwt-secret'), 'utf8').trim()).toBe(first.jwtSecret);
    expect(loadConfig({ DATA_DIR: dataDir }).jwtSecret).toBe(first.jwtSecret);
  });

  it('refuses to start in production mode without JWT_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: tempDir() })).toThrow(/JWT_SECRET must be set/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-long-enough-secret-value' }).jwtSecret).toBe('a-long-enough-secret-value');
  });

  it('uses DATABASE_URL instead of the embedded database, without demo data unless asked', () => {
    const url = 'postgres://owner:pw@db:5432/hoagiai';
    expect(loadConfig({ DATABASE_URL: url, JWT_SECRET: 'a-long-enough-secret-value' })).toMatchObject({ databaseUrl: url, loadDemoData: false });
    expect(loadConfig({ DATABASE_URL: url, JWT_SECRET: 'a-long-enough-secret-value', DEMO_DATA: 'true' }).loadDemoData).toBe(true);
  });

  it('answers analysts\' queries from DATABASE_READ_URL when it is set, and from the primary otherwise', () => {
    const secret = 'a-long-enough-secret-value';
    const url = 'postgres://owner:pw@db:5432/hoagiai';
    const replica = 'postgres://owner:pw@replica:5432/hoagiai';
    expect(loadConfig({ DATABASE_URL: url, DATABASE_READ_URL: replica, JWT_SECRET: secret })).toMatchObject({ databaseUrl: url, databaseReadUrl: replica });
    expect(loadConfig({ DATABASE_URL: url, JWT_SECRET: secret }).databaseReadUrl).toBeUndefined();
  });

  it('refuses a port that is not a number', () => {
    expect(() => loadConfig({ PORT: 'http', DATA_DIR: tempDir() })).toThrow(/PORT must be a port number/);
  });
});
