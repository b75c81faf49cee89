import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printApiSchema } from '../../server/src/core/graphql/schema';

describe('schema/schema.graphql', () => {
  it('is the schema the code emits (run "npm run schema" after changing the API)', () => {
    const committed = readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(printApiSchema());
  });
});
