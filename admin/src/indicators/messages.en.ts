/** The indicator catalogue's messages in English; messages.vi.ts has the same keys (the type checks it). */
export const catalogueEn = {
  resources: {
    Indicator: {
      name: 'Indicator |||| Indicator catalogue',
      forcedCaseName: 'indicators',
      fields: {
        id: 'Id', code: 'Code', name: 'Name (Vietnamese)', nameEn: 'Name (English)', unit: 'Unit', description: 'Description',
        measurement: 'How it is measured', measure: 'Built-in measure', builtin: 'Built in', unitId: 'Owner', ownerUnit: 'Owner',
        national: 'National only', version: 'Version', createdAt: 'Created at', updatedAt: 'Updated at', q: 'Search',
      },
    },
  },
  hoagiai: {
    catalogue: {
      name: 'Name',
      national: 'National',
      targetUnit: { PERCENT: 'Percent (%)', COUNT: 'Count', MILLION_VND: 'Million VND' },
      measurement: { COMPUTED: 'Computed from the data', REPORTED: 'Entered in the yearly reports' },
      measure: {
        TEAMS_CONSOLIDATED_SHARE: 'Share of teams consolidated', SETTLEMENT_RATE: 'Settlement rate', SECRETARY_LED_SHARE: 'Share of teams led by the Party-cell secretary',
        MEDIATORS_TRAINED_SHARE: 'Share of mediators trained', NEW_MEDIATORS_TRAINED_SHARE: 'Share of new mediators trained',
        TRAINERS_PER_TEAMS: 'Trainers per number of teams', TRAINERS_TRAINED_SHARE: 'Share of trainers trained (every pool below)',
      },
      status: { MET: 'Met', NOT_MET: 'Not met', NOT_DUE: 'Not due yet', NO_DATA: 'No data', NOT_APPLICABLE: 'Not applicable' },
      codeHelp: 'Capital letters, digits and _ (e.g. LEGAL_AID_SHARE); fixed once created',
      reported: 'Values of indicators entered by the unit',
      reportedHelp: 'For a percentage, enter the part counted (numerator) and the whole (denominator); the level above adds them up.',
      numerator: 'Numerator', denominator: 'Denominator', value: 'Value', total: 'Total of the unit and the units below', save: 'Save', clear: 'Clear',
      noData: 'No data', saved: 'Value saved', cleared: 'Value cleared', none: 'No indicator is entered in reports.',
    },
  },
};

export type CatalogueMessages = typeof catalogueEn;
