/** The pilot-selection screens' messages in English; messages.vi.ts has the same keys (the type checks it). */
export const pilotsEn = {
  resources: {
    PilotSelection: {
      name: 'Pilot selection |||| Pilot selections',
      fields: {
        id: 'Id', unitId: 'Selecting unit', unit: 'Selecting unit', planTaskId: 'Plan task', planTask: 'Plan task', year: 'Data year', count: 'Number chosen',
        rationale: 'Rationale', chosenUnits: 'Pilot communes', chosenCandidates: 'Pilot communes or teams', chosenByName: 'Chosen by', chosenAt: 'Chosen at', version: 'Version',
      },
    },
  },
  hoagiai: {
    pilots: {
      task: 'Plan task with pilot criteria', year: 'Year of the data ranked', rank: 'Rank the candidates', candidates: 'Candidates',
      priorities: 'Ranked by', choose: 'Choose %{count} commune |||| Choose %{count} communes', chooseAny: 'Choose the pilot communes', chosen: '%{count} chosen',
      chooseTeams: 'Choose %{count} mediation team |||| Choose %{count} mediation teams', chooseAnyTeams: 'Choose the pilot mediation teams', chosenTeams: 'Pilot mediation teams',
      save: 'Record the selection', saved: 'Selection recorded', criteria: 'Criteria of the task', snapshot: 'Ranking as it was when chosen',
      noTasks: 'No plan task you can read has pilot-selection criteria.',
      column: { position: '#', rank: 'Rank', commune: 'Commune', parent: 'Higher unit', team: 'Mediation team', teamCommune: 'Commune', fails: 'Fails the mediation criterion', rate: 'Settlement rate', difficulty: 'Difficulties (0–10)', chosen: 'Chosen' },
      tied: 'tied', yes: 'Yes', no: 'No', notAssessed: 'not assessed',
      priority: {
        FAILS_ACCESS_TO_LAW_MEDIATION_CRITERION: 'fails the mediation criterion of the access-to-law standard',
        LOW_SETTLEMENT_RATE: 'lowest settlement rate',
        MANY_DIFFICULTIES: 'most difficulties',
        HIGH_SETTLEMENT_RATE: 'highest settlement rate',
        MANY_CASES: 'most cases settled or not settled',
      },
    },
  },
};

export type PilotMessages = typeof pilotsEn;
