import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { loadConfig } from '../core/config';
import { prepareDatabase, withClient } from '../core/database';
import { loadDemoData, loadReferenceData } from '../seeds';
import { generateSynthetic } from '../seeds/synthetic/generator';
import { concurrent, poster, sequential, type Send } from './load';
import { printOthers, printReport, type Measured } from './report';
import { otherScenarios, type Post } from './scenarios';
import type { ServeOptions } from './serve';
import { workloads, type KnownIds, type Workload } from './workloads';

/**
 * `npm run bench [-- --national] [-- --rounds N]`: the project against the SQL floor on W1–W5
 * (see workloads.ts), at 1 and 16 concurrent clients, in interleaved rounds, after checking that
 * both answer the same. Demo data in a throw-away embedded cluster (or DATABASE_URL); --national
 * first generates the whole country into a throw-away cluster; --only W2,W4 measures some of them.
 * Exits 1 when a target is missed.
 */
type Options = { national: boolean; rounds: number; only?: string[] };

function parseOptions(argv: string[]): Options {
  const options: Options = { national: false, rounds: 5 };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--national') options.national = true;
    else if (argv[i] === '--rounds' && Number.isInteger(Number(argv[i + 1])) && Number(argv[i + 1]) > 0) options.rounds = Number(argv[(i += 1)]);
    else if (argv[i] === '--only' && argv[i + 1]) options.only = argv[(i += 1)].split(',');
    else throw new Error(`unknown option ${argv[i]}; usage: run.js [--national] [--rounds N] [--only W1,W4]`);
  }
  return options;
}

const POOL_SIZE = 20;
/** Requests per round at c=1 (fewer when a round would take longer than the budget), and the c=16 window. */
const SEQUENTIAL = { count: 60, budgetMs: 2_000 };
const CONCURRENT = { clients: 16, durationMs: 1_500 };
/** The warm-up's least number of requests: eight runs for each of the pool's connections. */
const WARM_UP_REQUESTS = POOL_SIZE * 8;

/** Requests at c=16 until at least WARM_UP_REQUESTS have been answered (at least one window). */
async function warmUp(send: Send): Promise<void> {
  for (let answered = 0; answered < WARM_UP_REQUESTS; ) answered += (await concurrent(send, CONCURRENT.clients, CONCURRENT.durationMs)).requests;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const external = Boolean(process.env.DATABASE_URL) && !options.national;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hoagiai-bench-'));
  chmodSync(dataDir, 0o755);
  const config = { ...loadConfig({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: external ? process.env.DATABASE_URL : '' }), loadDemoData: true };
  const database = await prepareDatabase(config, console.log);
  let server: ChildProcess | undefined;
  try {
    const known = await withClient(database.ownerUrl, async (owner) => {
      await loadReferenceData(owner, console.log);
      await loadDemoData(owner, console.log);
      if (options.national) {
        console.log('Generating the national data set (every 2021 commune) ...');
        await generateSynthetic(owner, { provinces: 'ALL', log: console.log, commitEach: true });
      }
      await owner.query('analyze');
      const [plan] = (await owner.query(`select id from plan where number = '127/KH-UBND'`)).rows as { id: number }[];
      // A DATABASE_URL may hold the national data set already (generated earlier): its targets apply.
      // (One run per 2021 province generated; issue 8 adds a 2025-era run per successor province.)
      const [{ provinces }] = (await owner.query('select count(*)::int as provinces from synthetic_run where era = 2021')).rows as { provinces: number }[];
      options.national ||= provinces > 2;
      return { plan127: plan.id } satisfies KnownIds;
    });
    const serve: ServeOptions = { appUrl: database.appUrl, ownerUrl: database.ownerUrl, jwtSecret: config.jwtSecret, known, poolSize: POOL_SIZE };
    // BENCH_NODE_ARGS: options for the server process's node, e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof'.
    const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    // The server process runs as deployed (the Dockerfile's NODE_ENV=production): graphql-js, for
    // one, checks every instanceof twice outside production (3 % of W1's CPU).
    server = spawn(process.execPath, [...nodeArgs, path.join(__dirname, 'serve.js')], {
      env: { ...process.env, NODE_ENV: 'production', BENCH_SERVE: JSON.stringify(serve) }, stdio: ['pipe', 'pipe', 'inherit'],
    });
    const ports = await portsOf(server);
    const tokens = await signIn(ports.project, [...new Set([...workloads, ...otherScenarios].map((w) => w.account))]);
    const measured: Measured[] = [];
    for (const workload of workloads.filter((w) => !options.only || options.only.includes(w.id))) {
      measured.push(await measure(workload, known, { ...ports, pid: server.pid }, tokens.get(workload.account)!, options));
    }
    const missed = printReport(measured, options.national);
    const post = graphqlPost(ports.project);
    const otherMissed = printOthers(await runOthers(post, tokens));
    process.exitCode = missed + otherMissed > 0 ? 1 : 0;
  } finally {
    server?.stdin?.end();
    if (server) await new Promise((resolve) => server!.once('exit', resolve));
    await database.stopEmbedded?.();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function portsOf(server: ChildProcess): Promise<{ project: number; floor: number }> {
  return new Promise((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`the bench server stopped (${code})`)));
    readline.createInterface({ input: server.stdout! }).once('line', (line) => resolve(JSON.parse(line) as { project: number; floor: number }));
  });
}

function graphqlPost(port: number): Post {
  return async (query, variables = {}, token) => {
    const send = poster(port, '/graphql', JSON.stringify({ query, variables }), token ? { authorization: `Bearer ${token}` } : {});
    const body = JSON.parse(await send()) as { data?: Record<string, any>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
}

async function signIn(port: number, accounts: string[]): Promise<Map<string, string>> {
  const post = graphqlPost(port);
  const tokens = new Map<string, string>();
  for (const email of accounts) {
    const data = await post('mutation ($e: String!) { login(email: $e, password: "hoagiai-demo") { token } }', { e: email });
    tokens.set(email, data.login.token as string);
  }
  return tokens;
}

/** The bench server's two ports, and its process (for its CPU time). */
type Ports = { project: number; floor: number; pid?: number };

/** Warms up, checks the answers are equal, then times project and floor in interleaved rounds. */
async function measure(workload: Workload, known: KnownIds, ports: Ports, token: string, options: Options): Promise<Measured> {
  const project = poster(ports.project, '/graphql', JSON.stringify({ query: workload.query, variables: workload.variables(known) }), { authorization: `Bearer ${token}` });
  const floor = poster(ports.floor, `/${workload.id}`, '');
  const owner = workload.ownerSql ? poster(ports.floor, `/${workload.id}/owner`, '') : undefined;
  const answer = JSON.parse(await project()) as { data: unknown; errors?: unknown; extensions?: { sqlStatements?: number } };
  const floorAnswer = JSON.parse(await floor()) as { data: unknown };
  // The owner's statement must select the same rows as the policies do, or "RLS ÷ owner" compares different work.
  const ownerAnswer = owner ? (JSON.parse(await owner()) as { data: unknown }) : undefined;
  const equal = !answer.errors && isDeepStrictEqual(answer.data, floorAnswer.data) && (!ownerAnswer || isDeepStrictEqual(ownerAnswer.data, floorAnswer.data));
  for (let i = 0; i < 5; i += 1) await Promise.all([project(), floor(), owner?.()]);
  // Every connection the c=16 phases use is warmed too, not only the one the sequential requests
  // take: PostgreSQL plans a prepared statement afresh for its first five runs on each connection,
  // and W5's figures statement then costs 26–30 ms instead of 14.5–17 (7 ms of it planning:
  // docs/performance.md, eighteenth round). Warmed on one connection only, the rounds' 16
  // connections spent their first runs planning, and W5's c=16 phases measured that warm-up (the
  // database's time per request, median of three rounds, 25–33 ms; 18 ms with this warm-up). A
  // server keeps its connections (DB_POOL_IDLE_TIMEOUT_MS): the steady state is the warm one, for
  // the project and the floor alike.
  // A window of 1.5 s is not enough for that on a fresh cluster: W5 answered 40 requests in it, one
  // or two per connection (twenty-sixth round). So each side is warmed for at least as many
  // requests as the pool's connections can each run past their first five.
  await warmUp(project);
  await warmUp(floor);

  const rounds: Measured['rounds'] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    const { count, budgetMs } = SEQUENTIAL;
    rounds.push({
      project: await sequential(project, count, budgetMs),
      floor: await sequential(floor, count, budgetMs),
      owner: owner ? await sequential(owner, count, budgetMs) : undefined,
      projectLoad: await concurrent(project, CONCURRENT.clients, CONCURRENT.durationMs, ports.pid),
      floorLoad: await concurrent(floor, CONCURRENT.clients, CONCURRENT.durationMs, ports.pid),
    });
  }
  process.stdout.write(`  ${workload.id} measured\n`);
  return { workload, equal, statements: answer.extensions?.sqlStatements ?? null, rounds };
}

async function runOthers(post: Post, tokens: Map<string, string>) {
  const results: { name: string; p50: number; p95: number; target: number }[] = [];
  for (const scenario of otherScenarios) {
    const token = tokens.get(scenario.account)!;
    const variablesFor = async () => (scenario.prepare ? await scenario.prepare(post, token) : scenario.variables);
    await post(scenario.query, await variablesFor(), token);
    const times: number[] = [];
    for (let i = 0; i < (scenario.iterations ?? 30); i += 1) {
      const variables = await variablesFor();
      const send: Send = async () => JSON.stringify(await post(scenario.query, variables, token));
      times.push(...(await sequential(send, 1, 0, 1)));
    }
    times.sort((a, b) => a - b);
    results.push({ name: scenario.name, p50: times[Math.floor(times.length / 2)], p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))], target: scenario.p95TargetMs });
  }
  return results;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
