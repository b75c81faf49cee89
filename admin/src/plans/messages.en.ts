import { planEditorEn } from './editor/messages';
import { planImportEn } from './import/messages';
/** The plan screens' messages in English; messages.vi.ts has the same keys (the type checks it). */
export const plansEn = {
  resources: {
    Plan: {
      name: 'Plan |||| Plans',
      fields: {
        id: 'Id', number: 'Number', title: 'Title', issuedOn: 'Issued on', issuingBody: 'Issued by', periodFrom: 'From year', periodTo: 'To year',
        status: 'Status', unitId: 'Unit', unit: 'Unit', parentId: 'Implements plan', parent: 'Implements plan', purposes: 'Purposes',
        requirements: 'Requirements', objectives: 'Objectives', recipients: 'Recipients', fundingSource: 'Funding', signerName: 'Signed by',
        signerCapacity: 'Signing capacity', signerOnBehalfOf: 'On behalf of', preamble: 'Basis', sourceNote: 'Source', contentKnown: 'Content known',
        budgetTotal: 'Budget (million VND)', cascadeStatus: 'Implementing plans', year: 'Year', q: 'Search', version: 'Version',
        responsibilitiesPreamble: 'Assignment of tasks',
        signerSignsFor: 'Signing for (KT.)', archive: 'Archive (Lưu)', placeOfIssue: 'Place of issue', updatedAt: 'Updated at', createdAt: 'Created at',
      },
    },
    BudgetLine: {
      name: 'Budget line |||| Budget lines',
      fields: {
        id: 'Id', planId: 'Plan', code: 'Line', title: 'Content', amount: 'Amount (million VND per year)', parentId: 'Under line',
        scheduleKind: 'When', scheduleYear: 'Year', scheduleNote: 'Timing as written', rollUp: 'Also update the lines above', version: 'Version',
      },
    },
  },
  hoagiai: {
    planStatus: { DRAFT: 'Draft', ISSUED: 'Issued', IN_PROGRESS: 'In progress', CLOSED: 'Closed' },
    scheduleKind: { YEARLY: 'Every year', ONCE: 'In one year', DATES: 'On dates', YEARLY_FROM: 'Every year from', SPAN: 'Over the years', PART_OF_YEAR: 'In part of the year' },
    agencyLevel: { PROVINCE: 'province level', DISTRICT: 'district level', COMMUNE: 'commune level', SAME_LEVEL: 'same level', EVERY_LEVEL: 'every level' },
    comparator: { GT: '>', GTE: '≥', EQ: '=', LTE: '≤' },
    indicator: {
      TEAMS_CONSOLIDATED_SHARE: 'Mediation teams consolidated',
      SETTLEMENT_RATE: 'Settlement rate',
      SECRETARY_LED_SHARE: 'Teams led by the Party-cell secretary',
      MEDIATORS_TRAINED_SHARE: 'Mediators trained',
      NEW_MEDIATORS_TRAINED_SHARE: 'Newly elected mediators trained',
      TRAINERS_PER_TEAMS: 'Trainers per teams',
      TRAINERS_TRAINED_SHARE: 'Trainers trained',
      TEAMS_LEGAL_SUPPORT_SHARE: 'Teams supported by legal professionals',
    },
    planEditor: planEditorEn,
    planImport: planImportEn,
    plans: {
      tabs: { summary: 'Plan', tasks: 'Tasks', budget: 'Budget', organisation: 'Organisation', cascade: 'Implementing plans', amendments: 'Amendments' },
      chain: 'Implements',
      period: 'Period',
      contentUnknown: 'Known by reference only: its content is not recorded.',
      lead: 'Lead',
      coordinating: 'Coordinating',
      targets: 'Targets',
      criteria: 'Criteria',
      everyYear: 'every year',
      byYear: 'by %{year}',
      noTasks: 'No tasks recorded.',
      readOnly: 'You can only read this plan: a plan of a unit above yours (or a closed plan) cannot be changed here.',
      responsibilities: 'Assignment of tasks',
      request: 'Request',
      reporting: 'Reporting',
      reportingRule: 'Reports %{frequency}, due %{before} %{day}/%{month}, to %{to}',
      before: 'before',
      by: 'by',
      signer: 'Signature',
      budget: {
        columnTotal: 'Appendix total (per year)',
        yearTotal: 'Total for %{year}',
        year: 'Year',
        edit: 'Edit',
        empty: 'No budget appendix.',
        unit: 'million VND',
      },
      cascade: {
        button: 'Cascade to units',
        title: 'Create implementing plans',
        help: 'Each chosen unit gets a draft plan implementing this one, with its tasks, targets and budget lines. Units that already have one are skipped.',
        all: 'All',
        confirm: 'Create drafts',
        done: 'Draft plans created: %{created}. Units that already had one: %{existing}.',
        none: 'No plan implements this one yet.',
        status: '%{drafted} draft, %{issued} issued, %{inProgress} in progress, %{closed} closed (of %{total})',
      },
      transition: {
        ISSUED: 'Issue', IN_PROGRESS: 'Start', CLOSED: 'Close', done: 'The plan is now: %{status}',
        confirm: {
          ISSUED: { title: 'Issue plan %{plan}?', content: 'Once issued, its number and date are locked, and every later change is recorded as an amendment. The units within the plan\'s scope start reporting under it.' },
          IN_PROGRESS: { title: 'Start carrying out plan %{plan}?', content: 'The plan moves to in progress; every change is still recorded as an amendment.' },
          CLOSED: { title: 'Close plan %{plan}?', content: 'Once closed, the plan is locked: its content cannot change, it cannot be cascaded further, and it cannot go back to an earlier status.' },
        },
      },
      amendments: {
        none: 'No amendment since the plan was issued.', someone: 'A user', empty: '(empty)', yes: 'yes', no: 'no',
        sentence: { CREATE: '%{who} added %{entity} %{subject}', UPDATE: '%{who} changed %{entity} %{subject}', DELETE: '%{who} deleted %{entity} %{subject}' },
        entity: { Plan: 'the plan', PlanTask: 'task', Target: 'target', BudgetLine: 'budget line', Responsibility: 'responsibility', ReportingRule: 'reporting rule', TaskCriterion: 'criterion' },
        fields: {
          code: 'Number', title: 'Title', description: 'Content', leadText: 'Lead agency', coordinatingText: 'Coordinating agencies', agencies: 'Agencies',
          labelStyle: 'Numbering', scheduleKind: 'Timing', scheduleYear: 'Year', scheduleYearTo: 'To year', scheduleQuarter: 'Quarter', scheduleBeforeDay: 'Before day',
          scheduleBeforeMonth: 'Month', scheduleDates: 'Dates', scheduleNote: 'Timing (as written)', indicator: 'Indicator', comparator: 'Comparator', value: 'Value',
          unit: 'Unit', perQuantity: 'Per quantity', applies: 'Applies', year: 'Year', fromYear: 'From year', toYear: 'To year', note: 'Note', amount: 'Amount (million VND)',
          text: 'Text', isRequest: 'Is a request', frequency: 'Frequency', dueDay: 'Day', dueMonth: 'Month', dueBefore: 'Before the day', reporterLevels: 'Reporting levels',
          receivingLabel: 'Receiving agency', forwardedTo: 'Forwarded to', kind: 'Kind', parameters: 'Parameters',
        },
      },
      rollUpHelp: 'The lines above must equal the sum of their lines: tick this to recompute them.',
    },
  },
};

export type PlanMessages = typeof plansEn;
