import { afterEach, describe, expect, it, vi } from 'vitest';
import { printReport, type Measured } from '../../server/src/bench/report';
import { workloads } from '../../server/src/bench/workloads';

/** What printReport wrote, line by line. */
function printed(measured: Measured[]): string[] {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  printReport(measured, false);
  return log.mock.calls.flatMap(([text]) => String(text).split('\n'));
}
afterEach(() => vi.restoreAllMocks());

const round = (serverMs: number, floorServerMs: number) => ({
  project: [4, 4, 4],
  floor: [1, 1, 1],
  projectLoad: { rps: 250, cpuMs: serverMs + 2, serverCpuMs: serverMs, databaseCpuMs: 1 },
  floorLoad: { rps: 1000, cpuMs: floorServerMs + 1, serverCpuMs: floorServerMs, databaseCpuMs: 1 },
});

describe('npm run bench: the CPU table', () => {
  it("gives the server process's CPU over the floor's as the median of each round's ratio", () => {
    // The machine slows down between rounds: each round's project and floor slow down together.
    // Each round's ratio is 3, 2 and 3, so 3; the ratio of the medians (6 ÷ 3) would say 2.
    const w2 = workloads.find((w) => w.id === 'W2')!;
    const lines = printed([{ workload: w2, equal: true, statements: 3, rounds: [round(3, 1), round(6, 3), round(30, 10)] }]);
    expect(lines).toContain("| workload | machine | server process | database | floor: machine | floor: server process | floor: database | machine ÷ floor | server process ÷ floor's |");
    const row = lines.find((line) => line.startsWith('| W2 |'))!;
    expect(row.split('|').map((cell) => cell.trim()).slice(1, -1)).toEqual(['W2', '8.00', '6.00', '1.00', '4.00', '3.00', '1.00', '2.00', '3.00']);
  });
});
