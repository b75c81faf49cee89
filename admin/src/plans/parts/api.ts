import { gql, type DocumentNode } from '@apollo/client';
import type { Identifier } from 'react-admin';
import { apolloClient } from '../../graphql/apolloClient';
import { toHttpError } from '../../graphql/apiErrors';

// The parts of a plan a user enters beside its tasks and budget: responsibilities, reporting rules
// and task criteria (issue 7), read per plan and written with the server's react-admin grammar
// mutations, through the console's Apollo client. Errors arrive translated (toHttpError).

export type ResponsibleAgency = { agencyId: string | null; agencyKind: string | null; agencyLevel: string | null; label: string };
export type Responsibility = { id: string; position: number; text: string; isRequest: boolean; version: number; agencies: ResponsibleAgency[] };
export type ReportingRule = {
  id: string; position: number; frequency: string; dueDay: number | null; dueMonth: number | null; dueBefore: boolean; reporterLevels: string[];
  reporters: string | null; receivingAgencyId: string | null; receivingLabel: string | null; forwardedTo: string | null; note: string | null; version: number;
};
export type AgencyAt = { agencyKind: string; level: string };
export type PilotSelectionParameters = {
  selectedBy: AgencyAt; together: AgencyAt | null; within: string; candidateLevel: string; count: number | null; priorities: string[];
  priorityMode: string; conditional: boolean;
};
export type TaskCriterion = {
  id: string; taskId: string; position: number; kind: string; text: string; version: number;
  pilotSelection: PilotSelectionParameters | null;
  trainerPool: { levels: string[]; actions: string[]; ensure: string[]; ratios: { level: string; trainers: number; perTeams: number }[]; composition: string[] } | null;
  trainerTraining: { levels: string[]; topics: string[] } | null;
  mediatorWorkforce: { actions: string[]; when: string[]; ensure: string[]; minMediatorsPerTeam: number | null; minWomenPerTeam: number | null } | null;
  mediatorTraining: { trainees: string; topics: string[] } | null;
};
export type PlanParts = {
  id: string; version: number; status: string;
  responsibilities: Responsibility[];
  reportingRules: ReportingRule[];
  tasks: { id: string; code: string; title: string; criteria: TaskCriterion[] }[];
};

const CRITERION_FIELDS = `id taskId position kind text version
  pilotSelection { selectedBy { agencyKind level } together { agencyKind level } within candidateLevel count priorities priorityMode conditional }
  trainerPool { levels actions ensure ratios { level trainers perTeams } composition }
  trainerTraining { levels topics }
  mediatorWorkforce { actions when ensure minMediatorsPerTeam minWomenPerTeam }
  mediatorTraining { trainees topics }`;

const PLAN_PARTS = gql`
  query PlanParts($id: ID!) {
    Plan(id: $id) {
      id version status
      responsibilities { id position text isRequest version agencies { agencyId agencyKind agencyLevel label } }
      reportingRules { id position frequency dueDay dueMonth dueBefore reporterLevels reporters receivingAgencyId receivingLabel forwardedTo note version }
      tasks { id code title criteria { ${CRITERION_FIELDS} } }
    }
  }
`;

const run = async <T,>(mutation: DocumentNode, variables: Record<string, unknown>): Promise<T> => {
  try {
    const result = await apolloClient.mutate<T>({ mutation, variables, fetchPolicy: 'no-cache' });
    return result.data as T;
  } catch (error) {
    throw toHttpError(error);
  }
};

export const fetchPlanParts = async (id: Identifier): Promise<PlanParts | null> =>
  (await apolloClient.query<{ Plan: PlanParts | null }>({ query: PLAN_PARTS, variables: { id }, fetchPolicy: 'no-cache' })).data.Plan;

const RESPONSIBILITY_ARGS = '$text: String, $isRequest: Boolean, $agencies: [ResponsibleAgencyInput!], $position: Int';
const RESPONSIBILITY_VALUES = 'text: $text, isRequest: $isRequest, agencies: $agencies, position: $position';
const RULE_ARGS = `$frequency: ReportFrequency, $dueDay: Int, $dueMonth: Int, $dueBefore: Boolean, $reporterLevels: [UnitLevel!], $reporters: String,
  $receivingAgencyId: ID, $receivingLabel: String, $forwardedTo: String, $note: String, $position: Int`;
const RULE_VALUES = `frequency: $frequency, dueDay: $dueDay, dueMonth: $dueMonth, dueBefore: $dueBefore, reporterLevels: $reporterLevels, reporters: $reporters,
  receivingAgencyId: $receivingAgencyId, receivingLabel: $receivingLabel, forwardedTo: $forwardedTo, note: $note, position: $position`;
const CRITERION_ARGS = `$kind: TaskCriterionKind, $text: String, $position: Int, $pilotSelection: PilotSelectionInput, $trainerPool: TrainerPoolInput,
  $trainerTraining: TrainerTrainingInput, $mediatorWorkforce: MediatorWorkforceInput, $mediatorTraining: MediatorTrainingInput`;
const CRITERION_VALUES = `kind: $kind, text: $text, position: $position, pilotSelection: $pilotSelection, trainerPool: $trainerPool,
  trainerTraining: $trainerTraining, mediatorWorkforce: $mediatorWorkforce, mediatorTraining: $mediatorTraining`;

const MUTATIONS = {
  Responsibility: {
    create: gql`mutation CreateResponsibility($planId: ID!, ${RESPONSIBILITY_ARGS.replace('$text: String', '$text: String!')}) {
      createResponsibility(planId: $planId, ${RESPONSIBILITY_VALUES}) { id } }`,
    update: gql`mutation UpdateResponsibility($id: ID!, $version: Int!, ${RESPONSIBILITY_ARGS}) { updateResponsibility(id: $id, version: $version, ${RESPONSIBILITY_VALUES}) { id } }`,
    remove: gql`mutation DeleteResponsibility($id: ID!, $version: Int!) { deleteResponsibility(id: $id, version: $version) { id } }`,
  },
  ReportingRule: {
    create: gql`mutation CreateReportingRule($planId: ID!, ${RULE_ARGS.replace('$frequency: ReportFrequency', '$frequency: ReportFrequency!')}) {
      createReportingRule(planId: $planId, ${RULE_VALUES}) { id } }`,
    update: gql`mutation UpdateReportingRule($id: ID!, $version: Int!, ${RULE_ARGS}) { updateReportingRule(id: $id, version: $version, ${RULE_VALUES}) { id } }`,
    remove: gql`mutation DeleteReportingRule($id: ID!, $version: Int!) { deleteReportingRule(id: $id, version: $version) { id } }`,
  },
  TaskCriterion: {
    create: gql`mutation CreateTaskCriterion($taskId: ID!, ${CRITERION_ARGS.replace('$kind: TaskCriterionKind, $text: String', '$kind: TaskCriterionKind!, $text: String!')}) {
      createTaskCriterion(taskId: $taskId, ${CRITERION_VALUES}) { id } }`,
    update: gql`mutation UpdateTaskCriterion($id: ID!, $version: Int!, ${CRITERION_ARGS}) { updateTaskCriterion(id: $id, version: $version, ${CRITERION_VALUES}) { id } }`,
    remove: gql`mutation DeleteTaskCriterion($id: ID!, $version: Int!) { deleteTaskCriterion(id: $id, version: $version) { id } }`,
  },
} as const;

export type PartResource = keyof typeof MUTATIONS;

export const createPart = (resource: PartResource, variables: Record<string, unknown>) => run(MUTATIONS[resource].create, variables);
export const updatePart = (resource: PartResource, variables: Record<string, unknown>) => run(MUTATIONS[resource].update, variables);
export const deletePart = (resource: PartResource, id: Identifier, version: number) => run(MUTATIONS[resource].remove, { id, version });

const COPY = gql`
  mutation CopyPlan($planId: ID!, $periodFrom: Int, $periodTo: Int, $title: String) {
    copyPlan(planId: $planId, periodFrom: $periodFrom, periodTo: $periodTo, title: $title) { id }
  }
`;

export const copyPlan = async (variables: { planId: Identifier; periodFrom?: number | null; periodTo?: number | null; title?: string | null }) =>
  (await run<{ copyPlan: { id: string } }>(COPY, variables)).copyPlan.id;
