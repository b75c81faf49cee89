import { YearlyRecordCreate } from '../teams/YearlyRecordViews';
import { AccessToLawAssessmentFields } from './AccessToLawAssessmentForm';

/** One assessment per commune and year; the server refuses a second one and a unit outside the user's write scope. */
export const AccessToLawAssessmentCreate = () => (
  <YearlyRecordCreate byTeam={false} defaults={{ metStandard: false, metMediationCriterion: false }}>
    <AccessToLawAssessmentFields />
  </YearlyRecordCreate>
);
