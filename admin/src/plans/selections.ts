import type { SparseField } from '../graphql/fieldSelections';

/**
 * What the plan screens ask for (ra-data-graphql-simple's sparse fields, passed as `meta`).
 * Without them the library would select every nested list of a plan, and a list page would pass
 * the server's query-cost limit.
 */
const unit: SparseField = { unit: ['id', 'code', 'name', 'level'] };
const agencies: SparseField[] = ['role', 'label', 'agencyKind', 'agencyLevel', { agency: ['id', 'name'] }];
const document: SparseField[] = ['id', 'kind', 'numberSymbol', 'issuingBody', 'issuedOn', 'issuedYear', 'title', 'contentKnown'];

const planFields: SparseField[] = [
  'id', 'number', 'title', 'issuedOn', 'issuingBody', 'periodFrom', 'periodTo', 'status', 'contentKnown', 'sourceNote', 'preamble',
  'purposes', 'requirements', 'objectives', 'recipients', 'responsibilitiesPreamble', 'fundingSource', 'signerName', 'signerCapacity',
  'signerOnBehalfOf', 'unitId', 'parentId', 'version', unit, 'signerSignsFor', 'archive', 'placeOfIssue',
];

export const PLAN_LIST_FIELDS: SparseField[] = [
  'id', 'number', 'title', 'issuedOn', 'status', 'periodFrom', 'periodTo', 'unitId', 'parentId', 'version', 'budgetTotal', unit,
  { cascadeStatus: ['drafted', 'issued', 'inProgress', 'closed', 'total'] },
];

export const PLAN_EDIT_FIELDS: SparseField[] = planFields;

export const PLAN_SHOW_FIELDS: SparseField[] = [
  ...planFields,
  'writable',
  'updatedAt',
  { parent: ['id', 'number', 'title'] },
  { document: [...document, { implementsChain: document }] },
  { cascadeStatus: ['drafted', 'issued', 'inProgress', 'closed', 'total'] },
  { children: ['id', 'number', 'status', unit] },
  {
    tasks: [
      'id', 'code', 'title', 'description', 'leadText', 'coordinatingText', 'scheduleKind', 'scheduleYear', 'scheduleNote',
      { agencies }, { targets: ['id', 'indicator', 'comparator', 'value', 'unit', 'applies', 'year', 'fromYear', 'toYear', 'perQuantity', { indicatorDetails: ['code', 'name', 'nameEn'] }] }, { criteria: ['kind', 'text'] },
    ],
  },
  { responsibilities: ['id', 'position', 'text', 'isRequest', { agencies }] },
  { reportingRules: ['id', 'frequency', 'dueDay', 'dueMonth', 'dueBefore', 'reporters', 'receivingLabel', 'forwardedTo'] },
  { amendments: ['id', 'amendedAt', 'userName', 'subject', 'entity', 'action', 'before', 'after'] },
  // Across the 2025 reform (reform/CarryOverPlanButton.tsx): the links a carry-over leaves, and who may make one.
  { carriedOverFrom: ['id', 'number', 'title', { unit: ['id', 'name'] }] },
  { carriedOverBy: ['id', 'number', 'status', { unit: ['id', 'name'] }] },
  { carryOverUnits: ['id', 'code', 'name'] },
];

export const BUDGET_LINE_FIELDS: SparseField[] = ['id', 'planId', 'code', 'title', 'amount', 'parentId', 'scheduleKind', 'scheduleYear', 'scheduleNote', 'version'];
