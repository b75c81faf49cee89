import { YearlyRecordEdit } from '../teams/YearlyRecordViews';
import { TeamReviewFields } from './TeamReviewForm';

/** The team and the year are the review's identity and stay. */
export const TeamReviewEdit = () => (
  <YearlyRecordEdit byTeam>
    <TeamReviewFields />
  </YearlyRecordEdit>
);
