import { writeFileSync } from 'node:fs';
import { DEMO, DEMO_PASSWORD } from '../seeds/demo-users';

/**
 * `npm run bench:lists -- <server URL> [--runs N] [--json out.json]`: every list of a running
 * server's API, asked as the console asks it (a page of 25 and the count in one operation),
 * ascending and descending by default and ascending by each field it sorts by, as seven readers of
 * the demo accounts. Prints the slowest requests (best of N runs, from the client) with their count.
 * Meant for a server on the national data set (`npm run generate -- --scale national`), where a plan
 * that reads the whole country shows at once (docs/performance.md, eleventh round).
 */
const READERS = {
  sysadmin: DEMO.sysadmin, xaMyTu: DEMO.xaMyTuStaff, myTu: DEMO.myTuStaff, socTrang: DEMO.socTrangAdmin,
  canTho: DEMO.canThoAdmin, xaMyTu2025: DEMO.xaMyTu2025Staff, analyst: DEMO.analyst,
};

type Answer = { data?: Record<string, any>; errors?: { message: string; extensions?: { code?: string; params?: { allowed?: string[] } } }[] };
type Measured = { list: string; sort: string; reader: string; ms: number; count?: number; error?: string };

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const url = argv[0]?.startsWith('--') ? undefined : argv[0];
  const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const runs = Number(option('--runs') ?? 5);
  if (!url || !Number.isInteger(runs) || runs < 1) throw new Error('usage: lists.js <server URL> [--runs N] [--json out.json]');

  const ask = async (query: string, token?: string): Promise<Answer> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as Answer;
  };
  const tokens: Record<string, string> = {};
  for (const [reader, email] of Object.entries(READERS)) {
    const answer = await ask(`mutation { login(email: ${JSON.stringify(email)}, password: ${JSON.stringify(DEMO_PASSWORD)}) { token } }`);
    if (!answer.data?.login) throw new Error(`sign-in as ${email} failed: ${answer.errors?.[0]?.message}`);
    tokens[reader] = answer.data.login.token as string;
  }
  const schema = await ask('{ __schema { queryType { fields { name } } } }', tokens.sysadmin);
  if (!schema.data) throw new Error(`the server refused introspection (${schema.errors?.[0]?.message}): run it without NODE_ENV=production`);
  const names = (schema.data!.__schema.queryType.fields as { name: string }[]).map((f) => f.name);
  const lists = names.filter((name) => /^all[A-Z]/.test(name) && names.includes(`_${name}Meta`));

  const measured: Measured[] = [];
  for (const list of lists) {
    // An unknown sort field is refused with the fields the list sorts by.
    const refusal = await ask(`{ ${list}(sortField: "-") { id } }`, tokens.sysadmin);
    const fields = refusal.errors?.[0]?.extensions?.params?.allowed ?? [];
    const sorts: [string | null, string][] = [[null, 'ASC'], [null, 'DESC'], ...fields.filter((f) => f !== 'id').map((f): [string, string] => [f, 'ASC'])];
    for (const [field, order] of sorts) {
      for (const reader of Object.keys(READERS)) {
        const args = `perPage: 25, sortOrder: "${order}"${field ? `, sortField: "${field}"` : ''}`;
        const query = `{ rows: ${list}(${args}) { id } meta: _${list}Meta { count } }`;
        let best = Infinity;
        let count: number | undefined;
        let error: string | undefined;
        for (let i = 0; i < runs && !error; i++) {
          const started = performance.now();
          const answer = await ask(query, tokens[reader]);
          const ms = performance.now() - started;
          if (answer.errors) error = answer.errors[0].extensions?.code ?? answer.errors[0].message;
          else {
            count = answer.data!.meta.count as number;
            best = Math.min(best, ms);
          }
        }
        measured.push({ list, sort: `${field ?? 'default'} ${order}`, reader, ms: Math.round(best * 100) / 100, count, error });
      }
    }
    process.stdout.write(`${list} `);
  }
  console.log(`\n\n${measured.length} requests (${lists.length} lists, ${Object.keys(READERS).length} readers, best of ${runs}); the slowest:`);
  for (const m of [...measured].sort((a, b) => b.ms - a.ms).slice(0, 25)) {
    console.log(`${m.ms.toFixed(1).padStart(9)} ms  ${m.list} by ${m.sort}, as ${m.reader}: ${m.error ?? `${m.count} rows`}`);
  }
  const errors = measured.filter((m) => m.error);
  if (errors.length) console.log(`\n${errors.length} request(s) answered an error, e.g. ${errors[0].list} as ${errors[0].reader}: ${errors[0].error}`);
  const out = option('--json');
  if (out) writeFileSync(out, JSON.stringify(measured, null, 1));
  process.exitCode = errors.length ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(`bench:lists: ${(error as Error).message ?? error}`);
  process.exit(1);
});
