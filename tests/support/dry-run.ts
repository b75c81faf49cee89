import type { GqlResponse, TestApp } from './harness';

/**
 * Runs a mutation as a user without keeping its effect: a second field that always fails
 * (withdrawing a report that does not exist) makes the server roll the whole request back (a
 * request whose answer has an error writes nothing). Answers whether the server accepted the
 * first field, and the refusal if not.
 */
export async function dryRun(app: TestApp, email: string, mutation: string, variables: Record<string, unknown> = {}) {
  const token = await app.login(email);
  const declared = Object.keys(variables).map((name) => `$${name}: ${typeOf(variables[name])}`).join(', ');
  const query = `mutation ${declared ? `(${declared})` : ''} {
    attempt: ${mutation}
    rollback: withdrawReport(id: "2147483646", version: 1) { id }
  }`;
  const response: GqlResponse = await app.gql(query, variables, { token });
  // The rollback field is non-null, so its error nulls the whole answer: the attempt was accepted
  // when the only error is the rollback's (mutations run in order, the attempt first).
  const refusal = response.errors?.find((error) => error.path?.[0] !== 'rollback');
  const rolledBack = response.errors?.some((error) => error.path?.[0] === 'rollback') ?? false;
  return { accepted: !refusal && rolledBack, refusal };
}

const typeOf = (value: unknown) => (typeof value === 'number' ? 'Int!' : 'ID!');
