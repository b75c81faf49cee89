import { YearlyRecordEdit } from '../teams/YearlyRecordViews';
import { AccessToLawAssessmentFields } from './AccessToLawAssessmentForm';

/** The commune and the year stay. */
export const AccessToLawAssessmentEdit = () => (
  <YearlyRecordEdit byTeam={false}>
    <AccessToLawAssessmentFields />
  </YearlyRecordEdit>
);
