import { gql } from '@apollo/client';
import type { Identifier } from 'react-admin';
import { apolloClient } from '../graphql/apolloClient';
import { firstGraphQLError } from '../graphql/apiErrors';

const ASSIGN = gql`
  mutation AssignHamlet($hamletId: ID!, $unitId: ID!, $note: String) {
    createHamletMove(hamletId: $hamletId, unitId: $unitId, note: $note) { id }
  }
`;

/** Assigns a hamlet to one of its candidate communes; answers the refusal's reason code, if any. */
export async function assignHamlet(hamletId: Identifier, unitId: Identifier, note: string): Promise<{ reason?: string; message?: string }> {
  try {
    await apolloClient.mutate({ mutation: ASSIGN, variables: { hamletId, unitId, note: note.trim() || null } });
    return {};
  } catch (error) {
    const graphQLError = firstGraphQLError(error);
    return { reason: String(graphQLError?.extensions?.reason ?? graphQLError?.extensions?.code ?? ''), message: graphQLError?.message ?? (error as Error).message };
  }
}
