/** The dashboards' messages in English; messages.vi.ts has the same keys (the type checks it). */
export const dashboardEn = {
  hoagiai: {
    dashboard: {
      title: 'Overview', year: 'Year', up: 'Up to %{unit}', mine: 'My units', pickUnit: 'Pick a unit to see its overview.',
      loading: 'Loading the overview…', failed: 'The overview could not be loaded.',
      units: 'Units directly below', unit: 'Unit', report: 'Report %{year}', targets: 'Targets (met / not met / no data)',
      compliant: 'Compliant teams today', shortfall: 'Trainers missing', noPool: 'no pool', plan: 'Plan %{number}',
      planStatus: { NONE: 'None yet', DRAFTED: 'Drafted', ISSUED: 'Issued' },
      noReportOwed: 'Owes no report', notGenerated: 'Not generated', daysLate: '%{smart_count} day late |||| %{smart_count} days late',
      due: 'due %{day}', late: 'Late and missing reports', noLate: 'No report is late or missing.', open: 'Open the report',
      pilots: 'Pilot communes', noPilots: 'No pilot commune chosen yet.', pilot: 'Pilot',
      met: 'met', notMet: 'not met', noData: 'no data',
      kpi: { teams: 'Mediation teams', mediators: 'Mediators', settlementRate: 'Settlement rate', consolidatedShare: 'Teams consolidated', mediatorsTrainedShare: 'Mediators trained' },
      charts: {
        trend: 'Trend over the years', children: 'Units below, side by side', targets: 'Targets against actual values', pilots: 'Pilot against non-pilot communes',
        target: 'Target', actual: 'Actual', indicator: 'Indicator', noTargets: 'No target of a plan in force can be measured here.',
      },
      table: { title: 'Indicator over the years', indicator: 'Indicator', sort: 'Sort by %{column}' },
      commune: {
        report: 'The %{year} report', generateSubmit: 'Generate and submit', generate: 'Generate the draft', submitted: 'The report was submitted.',
        attention: 'Teams needing attention', noAttention: 'Every team meets the law.', team: 'Team', reasons: 'Why', activeMediators: 'Active mediators',
        untrained: 'Mediators not yet trained', noUntrained: 'Every mediator is trained.', mediator: 'Mediator', electedOn: 'Elected on',
        more: 'Showing %{shown} of %{count}.',
      },
      analyst: { granted: 'Units I may read' },
    },
  },
};

export type DashboardMessages = typeof dashboardEn;
