import { median, percentile } from './load';
import type { Workload } from './workloads';

/** A load phase at c=16: requests per second, and the machine's CPU ms per request when known. */
type Load = { rps: number; cpuMs?: number; serverCpuMs?: number; databaseCpuMs?: number };

/** What one workload measured: latencies (ms) at c=1 and throughput (req/s) at c=16, per round. */
export type Measured = {
  workload: Workload;
  /** The project answered what the floor answered. */
  equal: boolean;
  /** SQL statements the project ran for one request (extensions.sqlStatements). */
  statements: number | null;
  rounds: { project: number[]; floor: number[]; owner?: number[]; projectLoad: Load; floorLoad: Load }[];
};

/**
 * The targets of issue 11, as ratios measured in the same run: project p50 ÷ floor p50 at most
 * `p50` and project req/s ÷ floor req/s at least `rps`; at national scale, W2 and W4 under
 * row-level security at most 1.2 × the same statement as the owner with the scope as a WHERE.
 */
const TARGETS: Record<Workload['id'], { p50: number; rps: number }> = {
  W1: { p50: 2.0, rps: 0.5 },
  W2: { p50: 2.0, rps: 0.5 },
  W3: { p50: 2.0, rps: 0.5 },
  W4: { p50: 2.0, rps: 0.5 },
  W5: { p50: 1.5, rps: 1 / 1.5 },
};
const RLS_OVER_OWNER = 1.2;
/** The floor's round trips per request: BEGIN with the scope, the statement, COMMIT. */
const FLOOR_STATEMENTS = 3;

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const ratio = (value: number) => value.toFixed(2);

/** Prints the comparison as a table (markdown, so it can be pasted into docs) and answers how many targets were missed. */
export function printReport(measured: Measured[], national: boolean): number {
  const lines = [
    `| workload | p50 c=1 | p95 | floor p50 | floor p95 | p50 ÷ floor | req/s c=16 | floor req/s | req/s ÷ floor | statements (floor ${FLOOR_STATEMENTS}) | targets |`,
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  let missed = 0;
  const notes: string[] = [];
  const cpuNotes: string[] = [];
  for (const m of measured) {
    const p50 = median(m.rounds.map((r) => percentile(r.project, 0.5)));
    const p95 = median(m.rounds.map((r) => percentile(r.project, 0.95)));
    const floorP50 = median(m.rounds.map((r) => percentile(r.floor, 0.5)));
    const floorP95 = median(m.rounds.map((r) => percentile(r.floor, 0.95)));
    const rps = median(m.rounds.map((r) => r.projectLoad.rps));
    const floorRps = median(m.rounds.map((r) => r.floorLoad.rps));
    const cpu = m.rounds.every((r) => r.projectLoad.cpuMs !== undefined && r.floorLoad.cpuMs !== undefined)
      ? {
          project: median(m.rounds.map((r) => r.projectLoad.cpuMs!)),
          floor: median(m.rounds.map((r) => r.floorLoad.cpuMs!)),
          projectServer: median(m.rounds.map((r) => r.projectLoad.serverCpuMs ?? NaN)),
          floorServer: median(m.rounds.map((r) => r.floorLoad.serverCpuMs ?? NaN)),
          projectDatabase: median(m.rounds.map((r) => r.projectLoad.databaseCpuMs ?? NaN)),
          floorDatabase: median(m.rounds.map((r) => r.floorLoad.databaseCpuMs ?? NaN)),
          // Per round, then the median: a round's project and floor loads run one after the other,
          // so a machine that slows down between rounds weighs on both sides of each ratio alike.
          serverOverFloor: median(m.rounds.map((r) => (r.projectLoad.serverCpuMs ?? NaN) / (r.floorLoad.serverCpuMs ?? NaN))),
        }
      : undefined;
    if (cpu) {
      cpuNotes.push(`| ${m.workload.id} | ${ms(cpu.project)} | ${ms(cpu.projectServer)} | ${ms(cpu.projectDatabase)} | ${ms(cpu.floor)} | ${ms(cpu.floorServer)} | ${ms(cpu.floorDatabase)} | ${ratio(cpu.project / cpu.floor)} | ${ratio(cpu.serverOverFloor)} |`);
    }
    const target = TARGETS[m.workload.id];
    const verdicts = [
      m.equal ? 'same answer' : 'ANSWERS DIFFER',
      `p50 ≤ ${target.p50}: ${p50 / floorP50 <= target.p50 ? 'met' : 'MISSED'}`,
      `req/s ≥ ${ratio(target.rps)}: ${rps / floorRps >= target.rps ? 'met' : 'MISSED'}`,
    ];
    missed += (m.equal ? 0 : 1) + (p50 / floorP50 <= target.p50 ? 0 : 1) + (rps / floorRps >= target.rps ? 0 : 1);
    if (m.rounds[0].owner) {
      const ownerP50 = median(m.rounds.map((r) => percentile(r.owner!, 0.5)));
      const over = floorP50 / ownerP50;
      // A target at national scale only: on the demo's two provinces the index has little to skip.
      verdicts.push(`RLS ÷ owner ${ratio(over)}${national ? ` ≤ ${RLS_OVER_OWNER}: ${over <= RLS_OVER_OWNER ? 'met' : 'MISSED'}` : ''}`);
      if (national && over > RLS_OVER_OWNER) missed += 1;
      notes.push(`${m.workload.id}: the floor's statement under row-level security p50 ${ms(floorP50)} ms, as the owner with the scope as a WHERE ${ms(ownerP50)} ms`);
    }
    lines.push(`| ${m.workload.id} ${m.workload.name} | ${ms(p50)} | ${ms(p95)} | ${ms(floorP50)} | ${ms(floorP95)} | ${ratio(p50 / floorP50)} | `
      + `${rps.toFixed(0)} | ${floorRps.toFixed(0)} | ${ratio(rps / floorRps)} | ${m.statements ?? '?'} | ${verdicts.join('; ')} |`);
  }
  console.log(`\nThe project against the SQL floor (${national ? 'national' : 'demo'} data; ms; medians of ${measured[0]?.rounds.length ?? 0} interleaved rounds)\n`);
  console.log(lines.join('\n'));
  if (notes.length) console.log(`\n${notes.join('\n')}`);
  if (cpuNotes.length) {
    console.log("\nCPU time per request at c=16 (ms; the machine's: server, database and load generator, from /proc/stat; the server process's part; the database's, every postgres process on this machine, NaN for one elsewhere; server process ÷ floor's: the median of each round's ratio)\n");
    console.log(["| workload | machine | server process | database | floor: machine | floor: server process | floor: database | machine ÷ floor | server process ÷ floor's |", '|---|---|---|---|---|---|---|---|---|', ...cpuNotes].join('\n'));
  }
  console.log(`\n${missed === 0 ? 'Every target met.' : `${missed} target(s) missed.`}`);
  return missed;
}

/** Prints the other latency checks (p95 targets) and answers how many were missed. */
export function printOthers(results: { name: string; p50: number; p95: number; target: number }[]): number {
  console.log('\nOther latency checks (project only)');
  let missed = 0;
  for (const r of results) {
    const ok = r.p95 <= r.target;
    if (!ok) missed += 1;
    console.log(`${ok ? 'ok  ' : 'MISS'} ${r.name}: p50 ${ms(r.p50)} ms, p95 ${ms(r.p95)} ms (target ${r.target} ms)`);
  }
  return missed;
}
