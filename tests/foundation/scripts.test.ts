import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const scripts = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')).scripts as Record<string, string>;

/**
 * Runs a package script's command as npm does (`sh -c`, the arguments after `--` appended to it),
 * with `npm` and `node` replaced by programs that only write down how they were called.
 */
function calls(script: string, args: string[]): string[] {
  const bin = mkdtempSync(path.join(tmpdir(), 'hoagiai-scripts-'));
  const log = path.join(bin, 'calls.txt');
  for (const program of ['npm', 'node']) {
    writeFileSync(path.join(bin, program), `#!/bin/sh\necho "${program} $*" >> "${log}"\n`);
    chmodSync(path.join(bin, program), 0o755);
  }
  writeFileSync(log, '');
  execFileSync('sh', ['-c', `${scripts[script]} ${args.join(' ')}`], { env: { ...process.env, PATH: `${bin}:/usr/bin:/bin` } });
  return readFileSync(log, 'utf8').trim().split('\n');
}

describe('npm run bench', () => {
  it('hands the arguments after -- to the API bench (npm run bench -- --national ran the demo data set)', () => {
    expect(calls('bench', ['--national', '--rounds', '3'])).toEqual([
      'npm run build',
      'node server/dist/bench/run.js --national --rounds 3',
      'node server/dist/bench/console.js',
    ]);
  });
  it('runs the demo data set without arguments', () => {
    expect(calls('bench', [])[1]).toBe('node server/dist/bench/run.js');
  });
});
