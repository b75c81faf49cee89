import { gql } from '@apollo/client';
import type { Identifier } from 'react-admin';
import { apolloClient } from '../graphql/apolloClient';
import { toHttpError } from '../graphql/apiErrors';
import { CANDIDATE_FIELDS } from './selections';
import type { PilotRanking, PilotTask } from './types';

// Ranking and recording a selection: outside react-admin's grammar, through the console's Apollo client.

const TASKS = gql`query PilotTasks { pilotTasks { id code title plan { id number unit { id code name level } } } }`;

const CANDIDATES = gql`
  query PilotCandidates($planTaskId: ID!, $year: Int!) {
    pilotCandidates(planTaskId: $planTaskId, year: $year) {
      planTaskId unitId year count priorities candidateLevel criteria { id position text count selectedByLevel } candidates { ${CANDIDATE_FIELDS.join(' ')} }
    }
  }
`;

const CREATE = gql`
  mutation CreatePilotSelection($planTaskId: ID!, $year: Int!, $unitIds: [ID!], $teamIds: [ID!], $rationale: String!) {
    createPilotSelection(planTaskId: $planTaskId, year: $year, unitIds: $unitIds, teamIds: $teamIds, rationale: $rationale) { id }
  }
`;

const run = async <T,>(call: () => Promise<T>): Promise<T> => {
  try {
    return await call();
  } catch (error) {
    throw toHttpError(error);
  }
};

export const loadPilotTasks = async (): Promise<PilotTask[]> =>
  (await run(() => apolloClient.query<{ pilotTasks: PilotTask[] }>({ query: TASKS, fetchPolicy: 'no-cache' }))).data.pilotTasks;

export const loadCandidates = async (planTaskId: Identifier, year: number): Promise<PilotRanking> =>
  (await run(() => apolloClient.query<{ pilotCandidates: PilotRanking }>({ query: CANDIDATES, variables: { planTaskId, year }, fetchPolicy: 'no-cache' }))).data.pilotCandidates;

/** `chosen` are communes, or mediation teams when the ranking's candidates are teams. */
export const createPilotSelection = async (planTaskId: Identifier, year: number, chosen: Identifier[], rationale: string, teams = false): Promise<Identifier> => {
  const result = await run(() => apolloClient.mutate<{ createPilotSelection: { id: Identifier } }>({
    mutation: CREATE, variables: { planTaskId, year, unitIds: teams ? null : chosen, teamIds: teams ? chosen : null, rationale }, fetchPolicy: 'no-cache',
  }));
  return result.data!.createPilotSelection.id;
};
