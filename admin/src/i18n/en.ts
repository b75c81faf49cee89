import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { plansEn } from '../plans/messages.en';
import { planPartsEn } from '../plans/parts/messages.en';
import { pilotsEn } from '../pilots/messages.en';
import { reportsEn } from '../reports/messages.en';
import { groundEn } from '../teams/messages.en';
import { reformEn } from '../reform/messages.en';
import { catalogueEn } from '../indicators/messages.en';
import { documentsEn } from '../documents/messages.en';
import { dashboardEn } from '../dashboard/messages.en';

/** The console's own messages in English; vi.ts has the same keys (the type checks it). */
export const enApp = {
  resources: {
    ...plansEn.resources,
    ...reportsEn.resources,
    ...pilotsEn.resources,
    ...groundEn.resources,
    ...reformEn.resources,
    ...catalogueEn.resources,
    TeamReview: {
      name: 'Team review |||| Team reviews',
      fields: {
        id: 'Id', version: 'Version', createdAt: 'Created', updatedAt: 'Updated', synthetic: 'Demo data', q: 'Search',
        teamId: 'Mediation team', team: 'Mediation team', unitId: 'Commune', unit: 'Commune', year: 'Year',
        reviewed: 'Reviewed', compliantAfter: 'Consolidated', note: 'Note',
      },
    },
    CaseYearlyCount: {
      name: 'Yearly case count |||| Yearly case counts',
      fields: {
        id: 'Id', version: 'Version', createdAt: 'Created', updatedAt: 'Updated', synthetic: 'Demo data', q: 'Search',
        teamId: 'Mediation team', team: 'Mediation team', unitId: 'Commune', unit: 'Commune', year: 'Year',
        received: 'Cases received', settled: 'Settled', notSettled: 'Not settled', inProgress: 'In progress', note: 'Note',
      },
    },
    CommuneProfile: {
      name: 'Commune profile |||| Commune profiles',
      fields: {
        id: 'Id', version: 'Version', createdAt: 'Created', updatedAt: 'Updated', synthetic: 'Demo data', q: 'Search',
        unitId: 'Commune', unit: 'Commune', minorityArea: 'Ethnic-minority area', difficultyScore: 'Difficulty score', difficulties: 'Difficulties',
      },
    },
    AccessToLawAssessment: {
      name: 'Access-to-law assessment |||| Access-to-law assessments',
      fields: {
        id: 'Id', version: 'Version', createdAt: 'Created', updatedAt: 'Updated', synthetic: 'Demo data', q: 'Search',
        unitId: 'Commune', unit: 'Commune', year: 'Year', metStandard: 'Meets the access-to-law standard',
        metMediationCriterion: 'Meets the mediation criterion', note: 'Note',
      },
    },
    AdministrativeUnit: {
      name: 'Administrative unit |||| Administrative units',
      fields: {
        id: 'Id',
        code: 'Code',
        name: 'Name',
        type: 'Type',
        level: 'Level',
        validFrom: 'Valid from',
        validTo: 'Valid to',
        validOn: 'In force on',
        parentId: 'Parent unit',
        parent: 'Parent unit',
        children: 'Subordinate units',
        successors: 'Successors',
        predecessors: 'Predecessors',
        names: 'Names',
        unmapped: 'Unmapped',
        q: 'Search',
      },
    },
    Hamlet: {
      name: 'Hamlet |||| Hamlets',
      fields: {
        id: 'Id',
        unitId: 'Commune',
        unit: 'Commune',
        name: 'Name',
        kind: 'Kind',
        version: 'Version',
        createdAt: 'Created at',
        updatedAt: 'Updated at',
        q: 'Search',
      },
    },
    Agency: {
      name: 'Agency |||| Agencies',
      fields: {
        id: 'Id',
        unitId: 'Unit',
        unit: 'Unit',
        name: 'Name',
        kind: 'Kind',
        version: 'Version',
        createdAt: 'Created at',
        updatedAt: 'Updated at',
        q: 'Search',
      },
    },
    User: {
      name: 'User |||| Users',
      fields: {
        id: 'Id',
        email: 'Email',
        fullName: 'Full name',
        active: 'Active',
        unitId: 'Home unit',
        password: 'Password',
        version: 'Version',
        memberships: 'Memberships',
        q: 'Search',
      },
    },
    Membership: {
      name: 'Membership |||| Memberships',
      fields: {
        id: 'Id',
        userId: 'User',
        user: 'User',
        role: 'Role',
        unitId: 'Unit',
        unit: 'Unit',
        version: 'Version',
      },
      userNotShown: 'An account outside your administration',
    },
  },
  hoagiai: {
    ...plansEn.hoagiai,
    ...planPartsEn.hoagiai,
    ...reportsEn.hoagiai,
    ...pilotsEn.hoagiai,
    ...groundEn.hoagiai,
    ...reformEn.hoagiai,
    ...catalogueEn.hoagiai,
    ...documentsEn.hoagiai,
    ...dashboardEn.hoagiai,
    title: 'Grassroots mediation',
    errors: {
      conflict: 'Someone else changed this record after you opened it. Reload it, then make your changes again.',
      forbidden: 'Your role may not do this in this unit.',
      notFound: 'The record was not found (or you may not see it).',
      unauthenticated: 'Your session has expired or is not valid. Please sign in again.',
      tooManyRequests: 'Too many attempts or heavy requests at once. Wait a moment, then try again.',
      serviceUnavailable: 'The service is busy or briefly unavailable; nothing was saved. Try again in a moment.',
    },
    level: { PROVINCE: 'Province', DISTRICT: 'District', COMMUNE: 'Commune' },
    succession: { FULL: 'Whole unit', PARTIAL: 'Part of the unit' },
    role: {
      SYSTEM_ADMIN: 'System administrator',
      PROVINCE_ADMIN: 'Province administrator',
      DISTRICT_STAFF: 'District staff',
      COMMUNE_STAFF: 'Commune staff',
      ANALYST: 'Analyst',
    },
    hamletKind: {
      THON: 'Village (thôn)',
      AP: 'Hamlet (ấp)',
      KHOM: 'Quarter (khóm)',
      TO_DAN_PHO: 'Residential group (tổ dân phố)',
      BAN: 'Village (bản)',
      BUON: 'Village (buôn)',
      LANG: 'Village (làng)',
      PHUM: 'Village (phum)',
      SOC: 'Village (sóc)',
      OTHER: 'Other',
    },
    agencyKind: {
      PEOPLES_COMMITTEE: "People's Committee",
      PEOPLES_COUNCIL: "People's Council",
      PARTY_COMMITTEE: 'Party Committee',
      JUSTICE: 'Justice',
      FINANCE: 'Finance',
      FATHERLAND_FRONT: 'Fatherland Front Committee',
      MASS_ORGANISATION: 'Socio-political organisation',
      COURT: 'Court',
      PROCURACY: 'Procuracy',
      POLICE: 'Police',
      JURISTS_ASSOCIATION: "Jurists' Association",
      BAR_ASSOCIATION: 'Bar Association',
      MEDIA: 'Radio and television',
      OTHER: 'Other',
    },
    units: {
      unmapped: 'This unit has no recorded successor: its data is not mapped to any unit in force today.',
      current: 'In force',
      no_links: 'None',
      name_history: 'Earlier names',
    },
    tenant: {
      label: 'Working unit',
      all: 'All my units',
    },
    users: {
      password_help: 'Leave empty to keep the current password',
      add_membership: 'Add membership',
    },
    records: {
      compliantAfterHelp: 'Brought to the legal size and composition by this review (only a reviewed team can be).',
      minorityAreaHelp: 'Many ethnic-minority residents: each team then needs an ethnic-minority mediator.',
      difficultyScoreHelp: '0 (none) to 10 (many): ranks the candidates for pilot direction.',
      mediationCriterionHelp: 'Pilot communes are chosen among those that failed it.',
      addReview: 'Add a review',
      allReviews: 'All reviews',
      noReviews: 'No review yet',
      addProfile: 'Add the profile',
      addAssessment: 'Add an assessment',
    },
    validation: {
      day: 'Not a day: type it as day/month/year, e.g. 16/11/2021.',
      dayPlaceholder: 'dd/mm/yyyy',
      pickDay: 'Pick a day',
    },
    export: {
      button: 'Export', xlsx: 'Excel (.xlsx)', csv: 'CSV (.csv)', failed: 'The file could not be written.',
      truncated: 'Only the first %{count} rows were exported: narrow the filter.', yes: 'Yes', no: 'No',
      activeMediators: 'Active mediators', women: 'of whom women', complianceReasons: 'Why not compliant',
    },
  },
};

export type AppMessages = typeof enApp;

export const englishWithApp: TranslationMessages = {
  ...englishMessages,
  ra: {
    ...englishMessages.ra,
    // The login form's first field is the email address.
    auth: { ...englishMessages.ra.auth, username: 'Email' },
  },
  ...enApp,
};
