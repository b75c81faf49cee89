import { YearlyRecordCreate } from '../teams/YearlyRecordViews';
import { TeamReviewFields } from './TeamReviewForm';

/**
 * A review of a team for a year; it belongs to the commune the team was under at the year's end
 * (the server decides, and refuses a team outside the user's write scope).
 */
export const TeamReviewCreate = () => (
  <YearlyRecordCreate byTeam defaults={{ reviewed: true, compliantAfter: false }}>
    <TeamReviewFields />
  </YearlyRecordCreate>
);
