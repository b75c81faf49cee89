import { gql, type DocumentNode } from '@apollo/client';
import { apolloClient } from '../../graphql/apolloClient';
import { toHttpError } from '../../graphql/apiErrors';

/**
 * The plan editor's operations (issue 7), sent through the console's Apollo client. Refusals come
 * back as react-admin HttpErrors whose message is the server's reason in the user's language.
 */
export const run = async <T,>(mutation: DocumentNode, variables: Record<string, unknown>): Promise<T> => {
  try {
    const result = await apolloClient.mutate<T>({ mutation, variables, fetchPolicy: 'no-cache' });
    return result.data as T;
  } catch (error) {
    throw toHttpError(error);
  }
};

export const read = async <T,>(query: DocumentNode, variables: Record<string, unknown>): Promise<T> => {
  try {
    const result = await apolloClient.query<T>({ query, variables, fetchPolicy: 'no-cache' });
    return result.data as T;
  } catch (error) {
    throw toHttpError(error);
  }
};

const TARGET = 'id planId taskId indicator comparator value unit perQuantity applies year fromYear toYear note version indicatorDetails { code name nameEn }';
const TASK = `id code labelStyle title description scheduleKind scheduleYear scheduleYearTo scheduleQuarter scheduleBeforeDay scheduleBeforeMonth
  scheduleNote version agencies { role label agencyId agencyKind agencyLevel agency { id name } } targets { ${TARGET} }`;

export const PLAN_EDITOR = gql`
  query PlanEditor($id: ID!) {
    Plan(id: $id) {
      id unitId version periodFrom periodTo status
      unit { id name parent { id name parent { id name } } }
      tasks { ${TASK} }
      targets { ${TARGET} }
    }
  }
`;

export const AGENCIES = gql`
  query EditorAgencies($unitId: ID!) { allAgencies(filter: { unitId: $unitId }, perPage: 100, sortField: "name", sortOrder: "ASC") { id name kind } }
`;

const TASK_ARGS = `$labelStyle: LabelStyle, $title: String, $description: String, $scheduleKind: ScheduleKind, $scheduleYear: Int, $scheduleYearTo: Int,
  $scheduleQuarter: Int, $scheduleBeforeDay: Int, $scheduleBeforeMonth: Int, $scheduleNote: String, $agencies: [AgencyAssignmentInput!]`;
const TASK_VALUES = `labelStyle: $labelStyle, title: $title, description: $description, scheduleKind: $scheduleKind, scheduleYear: $scheduleYear,
  scheduleYearTo: $scheduleYearTo, scheduleQuarter: $scheduleQuarter, scheduleBeforeDay: $scheduleBeforeDay, scheduleBeforeMonth: $scheduleBeforeMonth,
  scheduleNote: $scheduleNote, agencies: $agencies`;

export const CREATE_TASK = gql`
  mutation EditorCreateTask($planId: ID!, $code: String!, $title: String!, ${TASK_ARGS.replace('$title: String, ', '')}) {
    createPlanTask(planId: $planId, code: $code, ${TASK_VALUES}) { id }
  }
`;
export const UPDATE_TASK = gql`
  mutation EditorUpdateTask($id: ID!, $version: Int!, $code: String, ${TASK_ARGS}) {
    updatePlanTask(id: $id, version: $version, code: $code, ${TASK_VALUES}) { id }
  }
`;
export const DELETE_TASK = gql`mutation EditorDeleteTask($id: ID!, $version: Int!) { deletePlanTask(id: $id, version: $version) { id } }`;
export const MOVE_TASK = gql`mutation EditorMoveTask($id: ID!, $version: Int!, $code: String!) { movePlanTask(id: $id, version: $version, code: $code) { id } }`;

const TARGET_ARGS = `$indicator: IndicatorCode, $comparator: TargetComparator, $value: Decimal, $applies: TargetApplies, $year: Int, $fromYear: Int,
  $toYear: Int, $perQuantity: Int, $note: String`;
const TARGET_VALUES = `indicator: $indicator, comparator: $comparator, value: $value, applies: $applies, year: $year, fromYear: $fromYear, toYear: $toYear,
  perQuantity: $perQuantity, note: $note`;
export const CREATE_TARGET = gql`
  mutation EditorCreateTarget($taskId: ID, $planId: ID, $indicator: IndicatorCode!, $comparator: TargetComparator!, $value: Decimal!, $applies: TargetApplies!,
    $year: Int, $fromYear: Int, $toYear: Int, $perQuantity: Int, $note: String) {
    createTarget(taskId: $taskId, planId: $planId, ${TARGET_VALUES}) { id }
  }
`;
export const UPDATE_TARGET = gql`
  mutation EditorUpdateTarget($id: ID!, $version: Int!, ${TARGET_ARGS}) { updateTarget(id: $id, version: $version, ${TARGET_VALUES}) { id } }
`;
export const DELETE_TARGET = gql`mutation EditorDeleteTarget($id: ID!, $version: Int!) { deleteTarget(id: $id, version: $version) { id } }`;

export const CREATE_LINE = gql`
  mutation EditorCreateLine($planId: ID!, $code: String!, $title: String!, $amount: Decimal!, $scheduleKind: ScheduleKind, $scheduleYear: Int,
    $scheduleNote: String, $taskId: ID, $rollUp: Boolean) {
    createBudgetLine(planId: $planId, code: $code, title: $title, amount: $amount, scheduleKind: $scheduleKind, scheduleYear: $scheduleYear,
      scheduleNote: $scheduleNote, taskId: $taskId, rollUp: $rollUp) { id }
  }
`;
export const MOVE_LINE = gql`
  mutation EditorMoveLine($id: ID!, $version: Int!, $code: String!, $rollUp: Boolean) { moveBudgetLine(id: $id, version: $version, code: $code, rollUp: $rollUp) { id } }
`;
export const DELETE_LINE = gql`
  mutation EditorDeleteLine($id: ID!, $version: Int!, $rollUp: Boolean) { deleteBudgetLine(id: $id, version: $version, rollUp: $rollUp) { id } }
`;

export const PLAN_TEXT = gql`
  query PlanText($id: ID!) {
    Plan(id: $id) {
      id unitId version status preamble purposes requirements objectives fundingSource placeOfIssue recipients archive
      signerName signerSignsFor signerCapacity signerOnBehalfOf responsibilitiesPreamble periodFrom periodTo
      issuedByDecisionId predecessorId predecessorRelation issuedBy { id numberSymbol title } predecessor { id number title }
    }
  }
`;
export const UPDATE_PLAN_TEXT = gql`
  mutation EditorUpdatePlan($id: ID!, $version: Int!, $preamble: String, $purposes: [String!], $requirements: [String!], $objectives: [String!],
    $fundingSource: String, $placeOfIssue: String, $recipients: [String!], $archive: String, $signerName: String, $signerSignsFor: String,
    $signerCapacity: String, $signerOnBehalfOf: String, $periodFrom: Int, $periodTo: Int, $issuedByDecisionId: ID, $predecessorId: ID,
    $predecessorRelation: PredecessorRelation) {
    updatePlan(id: $id, version: $version, preamble: $preamble, purposes: $purposes, requirements: $requirements, objectives: $objectives,
      fundingSource: $fundingSource, placeOfIssue: $placeOfIssue, recipients: $recipients, archive: $archive, signerName: $signerName,
      signerSignsFor: $signerSignsFor, signerCapacity: $signerCapacity, signerOnBehalfOf: $signerOnBehalfOf, periodFrom: $periodFrom, periodTo: $periodTo,
      issuedByDecisionId: $issuedByDecisionId, predecessorId: $predecessorId, predecessorRelation: $predecessorRelation) { id version }
  }
`;
export const DOCUMENT_CHOICES = gql`
  query EditorDocuments($unitId: ID!) {
    decisions: allLegalDocuments(filter: { kind: DECISION }, perPage: 100) { id numberSymbol title issuedOn }
    plans: allPlans(filter: { unitId: $unitId }, perPage: 100) { id number title periodFrom periodTo }
  }
`;
export const CREATE_DOCUMENT = gql`
  mutation EditorCreateDocument($kind: LegalDocumentKind!, $numberSymbol: String, $issuingBody: String!, $issuingUnitId: ID, $issuedOn: LocalDate,
    $title: String!, $amendsId: ID) {
    createLegalDocument(kind: $kind, numberSymbol: $numberSymbol, issuingBody: $issuingBody, issuingUnitId: $issuingUnitId, issuedOn: $issuedOn,
      title: $title, amendsId: $amendsId) { id }
  }
`;
