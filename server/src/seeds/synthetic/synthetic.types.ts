/** The units a province's generation works on (read from admin_unit, ordered by code). */
export type UnitRow = { id: number; code: string; name: string; type: string; level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE'; parentCode: string | null };
/** A 2025 commune an old commune went into (unit_succession), FULL or PARTIAL. */
export type SuccessorRef = { id: number; code: string; kind: 'FULL' | 'PARTIAL' };
/** successors: by 2021 commune code; a commune with none is unmapped (its hamlets stay unassigned). */
export type ProvinceTree = { province: UnitRow; districts: UnitRow[]; communes: UnitRow[]; successors: Record<string, SuccessorRef[]> };

/**
 * destination: the 2025 commune the hamlet moves to at the reform, by the mapping (FULL_MAPPING)
 * or by the generator's own choice among a split commune's successors (GENERATED); null for a
 * hamlet of an unmapped commune, which stays unassigned (and records nothing after the reform).
 */
export type Destination = { code: string; basis: 'FULL_MAPPING' | 'GENERATED' };

/**
 * What the generator makes for one province, in plain records. References are indices into the
 * province's own arrays (team i is the team of hamlet i), turned into ids when written. This is
 * what the checksum covers: ids depend on the database's sequences, the content does not.
 */
export type HamletRecord = { communeCode: string; name: string; kind: string; destination: Destination | null };
export type TeamRecord = { hamlet: number; name: string; establishedOn: string; leader: number | null };
export type MediatorRecord = {
  team: number; fullName: string; gender: 'FEMALE' | 'MALE'; birthYear: number; ethnicity: string; ethnicMinority: boolean;
  partyCellSecretary: boolean; electedOn: string; voteShare: number; decisionNumber: string; decisionDate: string; leftOn: string | null;
};
export type ReviewRecord = { team: number; year: number; reviewed: boolean; compliantAfter: boolean };
export type ProfileRecord = { communeCode: string; minorityArea: boolean; difficultyScore: number; difficulties: string | null };
export type AssessmentRecord = { communeCode: string; year: number; metStandard: boolean; metMediationCriterion: boolean };
export type CaseRecord = {
  team: number; receivedOn: string; category: string; outcome: 'SETTLED' | 'NOT_SETTLED' | 'IN_PROGRESS'; closedOn: string | null;
  mediators: number[]; parties: string | null;
};
export type YearlyCountRecord = { team: number; year: number; received: number; settled: number; notSettled: number; inProgress: number };
export type PoolRecord = { unitCode: string; name: string; periodFrom: string; periodTo: string | null; requiredKinds: string[] };
export type TrainerRecord = {
  pool: number; fullName: string; gender: 'FEMALE' | 'MALE'; agencyKind: string; position: string; expertise: string; trainedElsewhereOn: string | null;
};
export type EventRecord = {
  unitCode: string; title: string; startsOn: string; endsOn: string; audience: 'MEDIATORS' | 'TRAINERS' | 'COMMUNE_JUSTICE_OFFICERS';
  location: string; cost: number; participants: number | null; teachers: number[]; mediators: number[]; trainers: number[];
};

export type CommuneData = {
  profile: ProfileRecord; assessments: AssessmentRecord[]; hamlets: HamletRecord[]; teams: TeamRecord[]; mediators: MediatorRecord[];
  reviews: ReviewRecord[]; cases: CaseRecord[]; yearlyCounts: YearlyCountRecord[];
};

export type ProvinceData = {
  profiles: ProfileRecord[]; assessments: AssessmentRecord[]; hamlets: HamletRecord[]; teams: TeamRecord[]; mediators: MediatorRecord[];
  reviews: ReviewRecord[]; cases: CaseRecord[]; yearlyCounts: YearlyCountRecord[]; pools: PoolRecord[]; trainers: TrainerRecord[]; events: EventRecord[];
};
