import { YearlyRecordCreate } from '../teams/YearlyRecordViews';
import { CaseYearlyCountFields, withoutReceived } from './CaseYearlyCountForm';

/** A year's counts of a team; they belong to the commune the team was under at the year's end. */
export const CaseYearlyCountCreate = () => (
  <YearlyRecordCreate byTeam defaults={{ settled: 0, notSettled: 0, inProgress: 0 }} transform={withoutReceived}>
    <CaseYearlyCountFields />
  </YearlyRecordCreate>
);
