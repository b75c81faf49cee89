import { YearlyRecordEdit } from '../teams/YearlyRecordViews';
import { CaseYearlyCountFields, withoutReceived } from './CaseYearlyCountForm';

/** The team and the year stay; what was received is computed by the server, never sent. */
export const CaseYearlyCountEdit = () => (
  <YearlyRecordEdit byTeam transform={withoutReceived}>
    <CaseYearlyCountFields />
  </YearlyRecordEdit>
);
