import { gql } from '@apollo/client';
import type { Identifier } from 'react-admin';
import { apolloClient } from '../graphql/apolloClient';
import { firstGraphQLError } from '../graphql/apiErrors';
import { describeGraphQLError } from '../i18n/describeRefusal';
import { i18nProvider } from '../i18n/i18nProvider';

const ASSIGN = gql`
  mutation AssignHamlet($hamletId: ID!, $unitId: ID!, $note: String) {
    createHamletMove(hamletId: $hamletId, unitId: $unitId, note: $note) { id }
  }
`;

/** Assigns a hamlet to one of its candidate communes; answers the refusal in the user's language (its reason, i18n/reasons.*.ts), if any. */
export async function assignHamlet(hamletId: Identifier, unitId: Identifier, note: string): Promise<{ refusal?: string }> {
  try {
    await apolloClient.mutate({ mutation: ASSIGN, variables: { hamletId, unitId, note: note.trim() || null } });
    return {};
  } catch (error) {
    const graphQLError = firstGraphQLError(error);
    return { refusal: graphQLError ? describeGraphQLError(graphQLError, i18nProvider.getLocale()) : (error as Error).message };
  }
}
