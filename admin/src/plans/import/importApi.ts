import { gql } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { apolloClient } from '../../graphql/apolloClient';
import { toHttpError } from '../../graphql/apiErrors';
import { GraphQLRequestError, sessionHeaders } from '../../graphql/request';

// Reading a plan's text into a draft (readPlanText, or POST /documents/plan-readings for a file) and
// saving the reviewed draft (createPlanFromDraft). The selection is the server's PLAN_READING_SELECTION.

export type DraftAgency = { label: string; agencyId: string | null; agencyKind: string | null; agencyLevel: string | null };
export type DraftTarget = { indicator: string | null; indicatorText: string; comparator: string; value: string; unit: string; applies: string;
  year: number | null; fromYear: number | null; toYear: number | null; note: string | null };
export type DraftDocument = { kind: string; numberSymbol: string | null; issuedOn: string | null; issuedYear: number | null; issuingBody: string | null;
  title: string | null; matchedPlanId: string | null; matchedDocumentId: string | null; implements?: DraftDocument | null };
export type DraftTask = { code: string; labelStyle: string; title: string; description: string | null; leadText: string | null; coordinatingText: string | null;
  lead: DraftAgency[]; coordinating: DraftAgency[]; scheduleKind: string | null; scheduleYear: number | null; scheduleYearTo: number | null;
  scheduleQuarter: number | null; scheduleBeforeDay: number | null; scheduleBeforeMonth: number | null; scheduleNote: string | null;
  targets: DraftTarget[]; criteria: { kind: string; text: string; parameters: Record<string, unknown> }[] };
export type DraftBudgetLine = { code: string; title: string; amount: string; scheduleKind: string | null; scheduleYear: number | null; scheduleNote: string | null };
export type PlanDraft = {
  title: string; number: string | null; issuedOn: string | null; issuingBody: string | null; placeOfIssue: string | null; periodFrom: number | null;
  periodTo: number | null; implements: DraftDocument | null; grounds: DraftDocument[]; preamble: string | null; purposes: string[]; requirements: string[];
  objectives: string[]; targets: DraftTarget[]; tasks: DraftTask[]; responsibilitiesPreamble: string | null;
  responsibilities: { text: string; isRequest: boolean; agencies: DraftAgency[] }[]; fundingSource: string | null; budgetLines: DraftBudgetLine[];
  budgetTotal: string | null; reportingRules: Record<string, unknown>[]; recipients: string[]; archive: string | null; signerOnBehalfOf: string | null;
  signerSignsFor: string | null; signerCapacity: string | null; signerName: string | null;
};
export type TextPart = { path: string; start: number; end: number; rule: string; explanation: string };
export type Unplaced = { start: number; end: number; text: string; reason: string };
export type AgencyChoice = { id: string; name: string; kind: string; unitId: string };
export type PlanReading = {
  text: string; draft: PlanDraft; parts: TextPart[]; unplaced: Unplaced[]; warnings: { code: string; message: string; start: number | null; end: number | null }[];
  agencyChoices: AgencyChoice[];
};

const AGENCY = 'label agencyId agencyKind agencyLevel';
const TARGET = 'indicator indicatorText comparator value unit applies year fromYear toYear note';
const DOCUMENT = 'kind numberSymbol issuedOn issuedYear issuingBody title matchedPlanId matchedDocumentId';
const READING = `
  text
  parts { path start end rule explanation }
  unplaced { start end text reason }
  warnings { code message start end }
  agencyChoices { id name kind unitId }
  draft {
    title number issuedOn issuingBody placeOfIssue periodFrom periodTo
    implements { ${DOCUMENT} implements { ${DOCUMENT} implements { ${DOCUMENT} } } }
    grounds { ${DOCUMENT} implements { ${DOCUMENT} } }
    preamble purposes requirements objectives
    targets { ${TARGET} }
    tasks {
      code labelStyle title description leadText coordinatingText lead { ${AGENCY} } coordinating { ${AGENCY} }
      scheduleKind scheduleYear scheduleYearTo scheduleQuarter scheduleBeforeDay scheduleBeforeMonth scheduleNote
      targets { ${TARGET} } criteria { kind text parameters }
    }
    responsibilitiesPreamble responsibilities { text isRequest agencies { ${AGENCY} } }
    fundingSource budgetLines { code title amount scheduleKind scheduleYear scheduleNote } budgetTotal
    reportingRules { frequency dueDay dueMonth dueBefore reporterLevels reporters receiving { ${AGENCY} } forwardedTo note }
    recipients archive signerOnBehalfOf signerSignsFor signerCapacity signerName
  }`;

const READ = gql`query ReadPlanText($unitId: ID!, $text: String!) { readPlanText(unitId: $unitId, text: $text) { ${READING} } }`;
const SAVE = gql`mutation CreatePlanFromDraft($unitId: ID!, $draft: PlanDraftInput!) { createPlanFromDraft(unitId: $unitId, draft: $draft) { id } }`;

/** Apollo adds __typename to every object; the input types do not have it. */
const withoutTypenames = <T,>(value: T): T => JSON.parse(JSON.stringify(value, (key, inner) => (key === '__typename' ? undefined : inner)));

export async function readPlanText(unitId: string, text: string): Promise<PlanReading> {
  try {
    const result = await apolloClient.query<{ readPlanText: PlanReading }>({ query: READ, variables: { unitId, text }, fetchPolicy: 'no-cache' });
    return withoutTypenames(result.data!.readPlanText);
  } catch (error) {
    throw toHttpError(error);
  }
}

/** A .docx or .txt file, read by the server with the same checks and answer (its body is the file; /graphql takes at most 256 kB). */
export async function readPlanFile(unitId: string, file: File): Promise<PlanReading> {
  const response = await fetch(`/documents/plan-readings?unitId=${encodeURIComponent(unitId)}`, {
    method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/octet-stream', ...sessionHeaders() }, body: file,
  });
  const body = (await response.json().catch(() => null)) as { data?: { readPlanText: PlanReading }; errors?: GraphQLFormattedError[] } | null;
  if (!response.ok || !body?.data) throw toHttpError(new GraphQLRequestError(body?.errors?.length ? body.errors : [{ message: `HTTP ${response.status}` }]));
  return body.data.readPlanText;
}

export async function createPlanFromDraft(unitId: string, draft: PlanDraft): Promise<string> {
  try {
    const result = await apolloClient.mutate<{ createPlanFromDraft: { id: string } }>({ mutation: SAVE, variables: { unitId, draft }, fetchPolicy: 'no-cache' });
    return result.data!.createPlanFromDraft.id;
  } catch (error) {
    throw toHttpError(error);
  }
}
