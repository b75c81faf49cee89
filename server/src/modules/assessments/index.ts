import { AccessToLawAssessmentEntity } from './access-to-law-assessment.entity';
import { AccessToLawAssessmentResolver } from './access-to-law-assessment.resolver';

/** Access-to-law assessments of communes (issue 4, item 7). */
export const assessmentsModule = {
  resolvers: [AccessToLawAssessmentResolver],
  entities: [AccessToLawAssessmentEntity],
};
