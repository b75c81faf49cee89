import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../core/config';
import { prepareDatabase, withClient } from '../../core/database';
import { APP_ROLE, migrate } from '../../core/migrate';
import { loadReferenceData } from '../index';
import { DEFAULT_SEED } from './demography';
import { DEMO_PROVINCES, generateSynthetic } from './generator';

/**
 * The synthetic data generator as a command:
 *   node server/dist/seeds/synthetic/cli.js [--scale demo|national] [--provinces 94,95] [--seed 20211116]
 * Writes into DATABASE_URL (owner credentials) or, without it, into the embedded database of
 * DATA_DIR (default .data; stop the server first). Provinces already generated are skipped, so an
 * interrupted national run continues where it stopped.
 */
const USAGE = 'usage: cli.js [--scale demo|national] [--provinces 94,95] [--seed N]';
const log = (message: string) => console.log(message);

function parseArgs(argv: string[]): { provinces: readonly string[] | 'ALL'; seed: number; scale: string } {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) throw new Error(USAGE);
    args.set(argv[i].slice(2), argv[i + 1]);
  }
  const unknown = [...args.keys()].filter((key) => !['scale', 'provinces', 'seed'].includes(key));
  if (unknown.length) throw new Error(`unknown option --${unknown[0]}; ${USAGE}`);
  const scale = args.get('scale') ?? 'demo';
  if (scale !== 'demo' && scale !== 'national') throw new Error(`--scale must be demo or national; ${USAGE}`);
  const seed = Number(args.get('seed') ?? DEFAULT_SEED);
  if (!Number.isSafeInteger(seed)) throw new Error('--seed must be an integer');
  const listed = args.get('provinces')?.split(',').map((code) => code.trim().padStart(2, '0'));
  return { provinces: listed ?? (scale === 'national' ? 'ALL' : DEMO_PROVINCES), seed, scale };
}

function serverIsRunning(dataDir: string): boolean {
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 0);
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const { provinces, seed, scale } = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const started = Date.now();
  log(`Synthetic data (${scale}, seed ${seed}) into ${config.databaseUrl ? 'DATABASE_URL' : `the embedded database in ${config.dataDir}`}`);
  let ownerUrl = config.databaseUrl;
  let stop: (() => Promise<void>) | undefined;
  if (ownerUrl) {
    await withClient(ownerUrl, async (owner) => {
      const { rowCount } = await owner.query('select 1 from pg_roles where rolname = $1', [APP_ROLE]);
      if (!rowCount) throw new Error('This database has no hoagiai_app role yet: start the server once against it (it migrates), then run the generator.');
      await migrate(owner, log);
    });
  } else {
    if (serverIsRunning(config.dataDir)) throw new Error(`A PostgreSQL is running on ${config.dataDir} (the server?): stop it first, or set DATABASE_URL.`);
    const database = await prepareDatabase(config, log);
    ownerUrl = database.ownerUrl;
    stop = database.stopEmbedded;
  }
  try {
    await withClient(ownerUrl, async (owner) => {
      await loadReferenceData(owner, log);
      await generateSynthetic(owner, { provinces, seed, log, commitEach: true });
    });
  } finally {
    await stop?.();
  }
  log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(`generate: ${(error as Error).message ?? error}`);
  process.exit(1);
});
