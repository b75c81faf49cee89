import { BooleanField, DataTable, NullableBooleanInput } from 'react-admin';
import { teamReviewExport } from '../exports/resources';
import { YearlyRecordList, yearlyRecordFilters } from '../teams/YearlyRecordViews';

const reviewFilters = yearlyRecordFilters(
  { byTeam: true },
  <NullableBooleanInput key="reviewed" source="reviewed" />,
  <NullableBooleanInput key="compliantAfter" source="compliantAfter" />,
);

/** The teams' yearly reviews under the user's units, the latest year first. */
export const TeamReviewList = () => (
  <YearlyRecordList byTeam filters={reviewFilters} exportColumns={teamReviewExport}>
    <DataTable.Col source="reviewed">
      <BooleanField source="reviewed" />
    </DataTable.Col>
    <DataTable.Col source="compliantAfter">
      <BooleanField source="compliantAfter" />
    </DataTable.Col>
    <DataTable.Col source="note" disableSort />
  </YearlyRecordList>
);
