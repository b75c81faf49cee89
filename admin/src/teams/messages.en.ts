/**
 * Messages of the work-on-the-ground screens (teams, mediators, trainer pools, trainings, case
 * book) in English; messages.vi.ts has the same keys (the type checks it).
 */
const record = { id: 'Id', version: 'Version', createdAt: 'Created at', updatedAt: 'Updated at', synthetic: 'Synthetic (demo)', q: 'Search' };

export const groundEn = {
  resources: {
    MediationTeam: {
      name: 'Mediation team |||| Mediation teams',
      fields: {
        ...record, name: 'Name', unitId: 'Commune', unit: 'Commune', hamletId: 'Hamlet', hamlet: 'Hamlet', leaderMediatorId: 'Leader', leader: 'Leader',
        formerUnit: 'Commune before 1 July 2025', movedOn: 'Under this commune since', establishedOn: 'Established on', status: 'Status', dissolvedOn: 'Dissolved on', compliant: 'Compliant', compliance: 'Compliance',
        mediators: 'Mediators', reviews: 'Yearly reviews',
      },
    },
    Mediator: {
      name: 'Mediator |||| Mediators',
      fields: {
        ...record, fullName: 'Full name', gender: 'Gender', birthYear: 'Birth year', ethnicity: 'Ethnicity', ethnicMinority: 'Ethnic minority',
        partyCellSecretary: 'Party-cell secretary', electedOn: 'Elected on', voteShare: 'Vote share (%)', recognitionDecisionNumber: 'Recognising decision',
        recognitionDecisionDate: 'Decision date', trained: 'Trained', trainedOn: 'Trained on', status: 'Status', leftOn: 'Left on',
        teamId: 'Team', team: 'Team', unitId: 'Commune', unit: 'Commune', hamletId: 'Hamlet',
      },
    },
    TrainerPool: {
      name: 'Trainer pool |||| Trainer pools',
      fields: {
        ...record, name: 'Name', unitId: 'Unit', unit: 'Unit', periodFrom: 'From', periodTo: 'To', requiredAgencyKinds: 'Agencies that must be represented',
        note: 'Note', trainers: 'Trainers', shortfall: 'Requirement', activeOn: 'In force on',
      },
    },
    Trainer: {
      name: 'Trainer |||| Trainers',
      fields: {
        ...record, fullName: 'Full name', gender: 'Gender', poolId: 'Pool', pool: 'Pool', agencyId: 'Agency', agency: 'Agency', agencyKind: 'Kind of agency',
        position: 'Position', expertise: 'Expertise', trainedElsewhereOn: 'Trained elsewhere on', trained: 'Trained', trainedOn: 'Trained on',
      },
    },
    TrainingEvent: {
      name: 'Training |||| Trainings',
      fields: {
        ...record, title: 'Title', unitId: 'Organised by', unit: 'Organised by', startsOn: 'Starts on', endsOn: 'Ends on', audience: 'Audience',
        location: 'Location', cost: 'Cost (million VND)', participants: 'Participants (head count)', planTaskId: 'Plan task', year: 'Year',
        trainerIds: 'Taught by', trainers: 'Taught by', attendeeMediatorIds: 'Mediators attending', attendeeMediators: 'Mediators attending',
        attendeeTrainerIds: 'Trainers attending', attendeeTrainers: 'Trainers attending', attendeeCount: 'Attendees',
      },
    },
    MediationCase: {
      name: 'Case |||| Case book',
      forcedCaseName: 'cases',
      fields: {
        ...record, receivedOn: 'Received on', category: 'Category', outcome: 'Outcome', closedOn: 'Closed on', teamId: 'Team', team: 'Team',
        unitId: 'Commune', unit: 'Commune', mediatorIds: 'Mediators', mediators: 'Mediators', parties: 'Parties (personal data)', summary: 'What the dispute is about (personal data)', year: 'Year',
      },
    },
  },
  hoagiai: {
    teamStatus: { ACTIVE: 'Active', DISSOLVED: 'Dissolved' },
    mediatorStatus: { ACTIVE: 'Active', LEFT: 'Left' },
    gender: { FEMALE: 'Female', MALE: 'Male' },
    compliance: {
      NO_LEADER: 'No leader',
      FEWER_THAN_3_MEDIATORS: 'Fewer than 3 mediators',
      NO_WOMAN: 'No woman',
      NO_ETHNIC_MINORITY: 'No ethnic-minority mediator',
    },
    audience: { MEDIATORS: 'Mediators', TRAINERS: 'Trainers', COMMUNE_JUSTICE_OFFICERS: 'Commune justice officers' },
    caseCategory: { LAND: 'Land', MARRIAGE_FAMILY: 'Marriage and family', CIVIL: 'Civil', NEIGHBOURHOOD: 'Neighbourhood', OTHER: 'Other' },
    caseOutcome: { SETTLED: 'Settled', NOT_SETTLED: 'Not settled', IN_PROGRESS: 'In progress' },
    ground: {
      complianceBasis: 'Law on Grassroots Mediation 35/2013/QH13, Article 12',
      compliant: 'Compliant',
      activeMediators: '%{active} active, %{women} woman |||| %{active} active, %{women} women',
      meets: 'The pool meets Decision 315/QĐ-TTg and its composition rule.',
      shortTrainers: '%{missing} trainer missing |||| %{missing} trainers missing',
      shortKinds: 'agencies of the composition rule missing',
      rule: 'Decision 315/QĐ-TTg: at least 1 %{level} trainer per %{ratio} mediation teams',
      ruleLevel: { PROVINCE: 'provincial', DISTRICT: 'district' },
      figures: 'Trainers required: %{required} (1 per %{ratio} active teams; active teams under the unit: %{teams}). In the pool: %{actual}, trained: %{trained}.',
      missingKinds: 'Agencies not represented',
      addTrainer: 'Add a trainer',
      parties_hidden: 'Only the commune\'s own staff see the parties and what the case is about.',
      badge: '%{actual} of %{required} needed',
      badgeHelp: 'Trainers in the pool: %{actual}. Decision 315/QĐ-TTg asks for %{required} (1 per %{ratio} active mediation teams; active teams under the unit: %{teams}).',
      badgeColumn: 'Trainers: in the pool of needed',
      expired: 'Ended %{day}',
      expiredHelp: 'The pool\'s period is over: it no longer trains; its figures are those of today.',
      column: { teams: 'Active mediation teams', required: 'Trainers needed', actual: 'Trainers in the pool', trained: 'of whom trained', missing: 'Trainers missing', meets: 'Meets the requirement' },
      synthetic: 'Synthetic demo data',
    },
  },
};

export type GroundMessages = typeof groundEn;
