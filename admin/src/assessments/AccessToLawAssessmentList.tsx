import { BooleanField, DataTable, NullableBooleanInput } from 'react-admin';
import { assessmentExport } from '../exports/resources';
import { YearlyRecordList, yearlyRecordFilters } from '../teams/YearlyRecordViews';

const assessmentFilters = yearlyRecordFilters(
  { byTeam: false },
  <NullableBooleanInput key="metStandard" source="metStandard" sx={{ minWidth: 280 }} />,
  <NullableBooleanInput key="metMediationCriterion" source="metMediationCriterion" sx={{ minWidth: 280 }} />,
);

/** The communes' yearly assessments under the user's units, the latest year first. */
export const AccessToLawAssessmentList = () => (
  <YearlyRecordList byTeam={false} filters={assessmentFilters} exportColumns={assessmentExport}>
    <DataTable.Col source="metStandard">
      <BooleanField source="metStandard" />
    </DataTable.Col>
    <DataTable.Col source="metMediationCriterion">
      <BooleanField source="metMediationCriterion" />
    </DataTable.Col>
    <DataTable.Col source="note" disableSort />
  </YearlyRecordList>
);
