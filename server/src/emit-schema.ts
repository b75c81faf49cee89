import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './core/config';
import { printApiSchema } from './core/graphql/schema';

/** Writes schema/schema.graphql from the code; a test fails when the committed file differs. */
const file = path.join(repoRoot, 'schema', 'schema.graphql');
writeFileSync(file, printApiSchema());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
