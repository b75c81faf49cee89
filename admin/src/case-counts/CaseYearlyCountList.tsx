import { DataTable } from 'react-admin';
import { NumberField } from '../common/NumberField';
import { caseCountExport } from '../exports/resources';
import { YearlyRecordList, yearlyRecordFilters } from '../teams/YearlyRecordViews';

const countFilters = yearlyRecordFilters({ byTeam: true });

/** The yearly counts of the user's teams, the latest year first. */
export const CaseYearlyCountList = () => (
  <YearlyRecordList byTeam filters={countFilters} exportColumns={caseCountExport}>
    <DataTable.Col source="received" align="right">
      <NumberField source="received" />
    </DataTable.Col>
    <DataTable.Col source="settled" align="right">
      <NumberField source="settled" />
    </DataTable.Col>
    <DataTable.Col source="notSettled" align="right" disableSort>
      <NumberField source="notSettled" />
    </DataTable.Col>
    <DataTable.Col source="inProgress" align="right" disableSort>
      <NumberField source="inProgress" />
    </DataTable.Col>
  </YearlyRecordList>
);
