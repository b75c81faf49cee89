/** The messages of the plan parts screens (responsibilities, reporting rules, criteria, copy), in English. */
export const planPartsEn = {
  hoagiai: {
    planParts: {
      tabs: { responsibilities: 'Responsibilities', reportingRules: 'Reporting', criteria: 'Task criteria' },
      add: 'Add', edit: 'Edit', delete: 'Delete', up: 'Move up', down: 'Move down', save: 'Save', saved: 'Saved', deleted: 'Deleted',
      none: 'Nothing entered yet.', position: 'Position',
      responsibility: {
        title: 'Responsibility', text: 'Text (the document\'s words)', isRequest: 'A request ("Đề nghị ...") to a body the committee does not direct',
        request: 'Request', agencies: 'Given to', agencyId: 'Agency', agencyKind: 'or a kind of agency', agencyLevel: 'at the level', label: 'In the document\'s words',
      },
      rule: {
        title: 'Reporting rule', frequency: 'How often', dueDay: 'Due day', dueMonth: 'Due month', dueBefore: 'Due', before: 'before the day ("trước ngày")',
        by: 'by the day ("chậm nhất ngày")', reporterLevels: 'Who reports (levels)', reporters: 'Who reports, in the document\'s words',
        receivingAgencyId: 'Reports go to', receivingLabel: 'Receiving agency, in the document\'s words', forwardedTo: 'Forwarded to', note: 'The section\'s text',
        summary: '%{frequency}, %{before} %{day}/%{month}, to %{to}',
      },
      criterion: {
        title: 'Task criterion', task: 'Task', kind: 'Kind', text: 'Text (the document\'s words)',
        selectedBy: 'Chosen by', together: 'Together with', agencyKind: 'Agency', level: 'Level', within: 'Among', candidateLevel: 'Candidates',
        count: 'How many to choose (empty: "một số")', priorities: 'Priorities, in order', priority: 'Priority', priorityMode: 'Priorities apply',
        conditional: 'Left to circumstances ("tùy theo tình hình thực tế")', levels: 'Levels', actions: 'Actions', ensure: 'To ensure', ratios: 'Ratios',
        trainers: 'Trainers', perTeams: 'per teams', composition: 'Members come from', topics: 'Topics', when: 'When', trainees: 'Trainees',
        minMediatorsPerTeam: 'Mediators per team, at least', minWomenPerTeam: 'Women per team, at least',
      },
      copy: {
        button: 'Copy plan', title: 'Copy this plan', help: 'A new draft of your unit with every task, target, budget line, responsibility, reporting rule and criterion. Give a new period to move every year with it.',
        periodFrom: 'From year', periodTo: 'To year', newTitle: 'Title (empty: the same)', confirm: 'Copy', done: 'The copy was created',
      },
      kind: {
        PILOT_SELECTION: 'Pilot selection', TRAINER_POOL: 'Trainer pool', TRAINER_TRAINING: 'Training the trainers', MEDIATOR_WORKFORCE: 'Mediator workforce',
        MEDIATOR_TRAINING: 'Training the mediators',
      },
      frequency: { YEARLY: 'Yearly', HALF_YEARLY: 'Half-yearly', QUARTERLY: 'Quarterly', MONTHLY: 'Monthly', ONCE: 'Once' },
      level: { PROVINCE: 'Province', DISTRICT: 'District', COMMUNE: 'Commune' },
      within: { PLAN_UNIT: 'the whole plan unit', EACH_DISTRICT: 'each district, its own communes' },
      candidateLevel: { COMMUNE: 'Communes', TEAM: 'Mediation teams' },
      priorityMode: { ANY: 'any one suffices ("hoặc")', ALL: 'all of them' },
      priority: {
        LOW_SETTLEMENT_RATE: 'Low settlement rate', MANY_DIFFICULTIES: 'Many difficulties',
        FAILS_ACCESS_TO_LAW_MEDIATION_CRITERION: 'Fails the mediation criterion of the access-to-law standard',
        HIGH_SETTLEMENT_RATE: 'High settlement rate', MANY_CASES: 'Many cases',
      },
      action: { REVIEW: 'Review', CONSOLIDATE: 'Consolidate', ASSESS: 'Assess', ADD: 'Add mediators', REPLACE: 'Replace mediators' },
      ensure: { NUMBER: 'Number', COMPOSITION: 'Composition', STANDARDS: 'Standards' },
      topic: { METHOD: 'Method', PRACTICE: 'Practice', SKILLS: 'Skills', LAW: 'Law' },
      condition: { TEAM_LACKS_MEDIATORS: 'The team lacks mediators', MEDIATORS_UNDERPERFORM: 'Mediators underperform' },
      trainees: { MEDIATORS: 'All mediators', NEW_MEDIATORS: 'Newly elected mediators' },
      agencyKind: {
        PEOPLES_COMMITTEE: 'People\'s committee', PEOPLES_COUNCIL: 'People\'s council', PARTY_COMMITTEE: 'Party committee', JUSTICE: 'Justice',
        FINANCE: 'Finance', FATHERLAND_FRONT: 'Fatherland Front', MASS_ORGANISATION: 'Mass organisation', COURT: 'Court', PROCURACY: 'Procuracy',
        POLICE: 'Police', JURISTS_ASSOCIATION: 'Jurists\' association', BAR_ASSOCIATION: 'Bar association', MEDIA: 'Media', OTHER: 'Other',
      },
      agencyLevel: { PROVINCE: 'province level', DISTRICT: 'district level', COMMUNE: 'commune level', SAME_LEVEL: 'the same level', EVERY_LEVEL: 'every level' },
    },
  },
};

export type PlanPartsMessages = typeof planPartsEn;
