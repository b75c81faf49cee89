import { gql } from '@apollo/client';
import { apolloClient } from '../graphql/apolloClient';
import { toHttpError } from '../graphql/apiErrors';
import type { Identifier } from 'react-admin';
import type { PlanStatus } from './types';

// The two plan operations outside react-admin's grammar, sent through the console's Apollo client.

const TRANSITION = gql`
  mutation TransitionPlan($id: ID!, $version: Int!, $status: PlanStatus!) {
    transitionPlan(id: $id, version: $version, status: $status) { id status version }
  }
`;

const CASCADE = gql`
  mutation CascadePlan($planId: ID!, $unitIds: [ID!]!) {
    cascadePlan(planId: $planId, unitIds: $unitIds) { created { id } existing { id } }
  }
`;

/** Errors come back as react-admin HttpErrors, with the same translated messages as the data provider's. */
const run = async <T,>(call: () => Promise<T>): Promise<T> => {
  try {
    return await call();
  } catch (error) {
    throw toHttpError(error);
  }
};

export const transitionPlan = (id: Identifier, version: number, status: PlanStatus) =>
  run(() => apolloClient.mutate({ mutation: TRANSITION, variables: { id, version, status }, fetchPolicy: 'no-cache' }));

export const cascadePlan = async (planId: Identifier, unitIds: Identifier[]) => {
  const result = await run(() =>
    apolloClient.mutate<{ cascadePlan: { created: unknown[]; existing: unknown[] } }>({ mutation: CASCADE, variables: { planId, unitIds }, fetchPolicy: 'no-cache' }),
  );
  return { created: result.data?.cascadePlan.created.length ?? 0, existing: result.data?.cascadePlan.existing.length ?? 0 };
};

export const NEXT_STATUS: Record<PlanStatus, PlanStatus | null> = { DRAFT: 'ISSUED', ISSUED: 'IN_PROGRESS', IN_PROGRESS: 'CLOSED', CLOSED: null };
