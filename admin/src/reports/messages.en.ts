/** The report and indicator screens' messages in English; messages.vi.ts has the same keys (the type checks it). */
export const reportsEn = {
  resources: {
    Report: {
      name: 'Yearly report |||| Yearly reports',
      fields: {
        id: 'Id', unitId: 'Reporting unit', unit: 'Reporting unit', withinUnitId: 'Unit (and below)', year: 'Year', status: 'Status',
        timeliness: 'On time?', daysLate: 'Days late', dueDate: 'Due date', dueBefore: 'Due before the date', submittedAt: 'Submitted at',
        firstSubmittedAt: 'First submitted at', approvedAt: 'Approved at', computedAt: 'Figures taken at', level: 'Level', q: 'Search',
        version: 'Version', basis: 'Why it reports',
      },
    },
    Indicators: {
      name: 'Indicators |||| Indicators',
      fields: { unitId: 'Unit', year: 'Year' },
    },
  },
  hoagiai: {
    reportStatus: { DRAFT: 'Draft', SUBMITTED: 'Submitted', APPROVED: 'Approved' },
    timeliness: { NOT_DUE: 'Not due yet', OVERDUE: 'Overdue', ON_TIME: 'On time', LATE: 'Late' },
    reportBasis: {
      REPORTER_LEVEL: 'Named by the reporting rule of a plan above it',
      PLAN_OWNER: 'Reports on its own plan',
      CONSOLIDATING: 'Consolidates the reports below it',
    },
    figure: {
      teams: 'Mediation teams', teamsConsolidated: 'Teams consolidated', secretaryLedTeams: 'Teams led by the Party-cell secretary',
      mediators: 'Mediators', mediatorsWomen: 'of whom women', mediatorsEthnicMinority: 'of whom ethnic minority', mediatorsTrained: 'of whom trained',
      newMediators: 'Newly elected mediators', newMediatorsTrained: 'of whom trained', casesReceived: 'Cases received', casesSettled: 'Settled',
      casesNotSettled: 'Not settled', casesInProgress: 'In progress', settlementRate: 'Settlement rate (settled / concluded)',
      consolidatedShare: 'Share consolidated', secretaryLedShare: 'Share secretary-led', mediatorsTrainedShare: 'Share of mediators trained',
      newMediatorsTrainedShare: 'Share of new mediators trained', trainers: 'Trainers of the unit\'s pool', trainersTrained: 'of whom trained',
    },
    reports: {
      figures: 'Figures', figure: 'Figure', value: 'Value', computed: 'Computed from the data', corrected: 'corrected',
      correct: 'Correct', correctTitle: 'Correct "%{figure}"', newValue: 'New value', reason: 'Reason', progress: 'Progress on the plan\'s tasks',
      corrections: 'Corrections', events: 'History', warnings: 'The figures as corrected do not add up',
      submit: 'Submit', approve: 'Approve', reopen: 'Reopen', reopenTitle: 'Send the report back to the reporting unit',
      submitted: 'Report submitted', approved: 'Report approved', reopened: 'Report reopened', savedCorrection: 'Correction saved',
      missing: 'Reports not submitted below this unit', noneMissing: 'Every unit below has submitted its report.',
      daysLate: '%{days} days late', generate: 'Generate a report', locked: 'Approved reports are locked; the level above may reopen them.',
      event: { GENERATED: 'Generated', REFRESHED: 'Figures refreshed', CORRECTED: 'Corrected', SUBMITTED: 'Submitted', APPROVED: 'Approved', REOPENED: 'Reopened' },
      onTime: 'on time', late: 'late', by: 'by user %{id}',
    },
    indicators: {
      title: 'Indicators rolled up the tree', unit: 'Unit', year: 'Year', children: 'Units below', targets: 'Targets of the plans in force',
      target: 'Target', actual: 'Actual', met: 'Met', notMet: 'Not met', noData: 'No data', notDue: 'not due yet', pilot: 'Pilot communes',
      nonPilot: 'Other communes', comparison: 'Pilot vs non-pilot communes', pick: 'Pick a unit to see its indicators.',
    },
  },
};

export type ReportMessages = typeof reportsEn;
