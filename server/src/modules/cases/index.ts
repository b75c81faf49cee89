import { CaseYearlyCountEntity } from './case-yearly-count.entity';
import { CaseYearlyCountResolver } from './case-yearly-count.resolver';
import { MediationCaseEntity } from './mediation-case.entity';
import { MediationCaseResolver } from './mediation-case.resolver';

/** The case book and the yearly counts of paper books (issue 4, item 4). */
export const casesModule = {
  resolvers: [MediationCaseResolver, CaseYearlyCountResolver],
  entities: [MediationCaseEntity, CaseYearlyCountEntity],
};
