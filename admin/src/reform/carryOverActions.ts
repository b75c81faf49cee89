import { gql } from '@apollo/client';
import type { Identifier } from 'react-admin';
import { apolloClient } from '../graphql/apolloClient';
import { toHttpError } from '../graphql/apiErrors';

/** What the carry-over screens read of a plan (plans/selections.ts asks for it). */
export type CarryOverFields = {
  id: Identifier;
  number: string | null;
  title: string;
  carryOverUnits?: { id: Identifier; code: string; name: string }[];
  carriedOverFrom?: { id: Identifier; number: string | null; title: string; unit: { name: string } } | null;
  carriedOverBy?: { id: Identifier; number: string | null; status: string; unit: { name: string } }[];
};

const CARRY_OVER = gql`
  mutation CarryOverPlan($planId: ID!, $unitId: ID) {
    carryOverPlan(planId: $planId, unitId: $unitId) { id }
  }
`;

/** Carries a predecessor's plan over to one of the caller's successor units; refusals come back translated (toHttpError). */
export async function carryOverPlan(planId: Identifier, unitId: Identifier): Promise<Identifier> {
  try {
    const result = await apolloClient.mutate<{ carryOverPlan: { id: Identifier } }>({ mutation: CARRY_OVER, variables: { planId, unitId }, fetchPolicy: 'no-cache' });
    return result.data!.carryOverPlan.id;
  } catch (error) {
    throw toHttpError(error);
  }
}
