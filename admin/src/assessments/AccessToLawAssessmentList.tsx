import { BooleanField, BulkDeleteButton, DataTable, List, NullableBooleanInput, NumberInput, SearchInput, useResourceDefinition } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { YearField } from '../common/NumberField';
import { UnitLinkField } from '../common/UnitLinkField';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { ListExport } from '../exports/ExportMenu';
import { assessmentExport } from '../exports/resources';

const assessmentFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn sx={{ width: 110 }} />,
  <NullableBooleanInput key="metStandard" source="metStandard" />,
  <NullableBooleanInput key="metMediationCriterion" source="metMediationCriterion" />,
];

/** The communes' yearly assessments under the user's units, the latest year first. */
export const AccessToLawAssessmentList = () => {
  const { hasEdit } = useResourceDefinition();
  return (
    <List filters={assessmentFilters} actions={<ListActions exporter={<ListExport columns={assessmentExport} />} />} empty={false} sort={{ field: 'year', order: 'DESC' }}>
      <DataTable rowClick="show" bulkActionButtons={hasEdit ? <BulkDeleteButton mutationMode="pessimistic" /> : false}>
        <DataTable.Col source="year">
          <YearField source="year" />
        </DataTable.Col>
        <DataTable.Col source="unitId" disableSort>
          <UnitLinkField source="unit" />
        </DataTable.Col>
        <DataTable.Col source="metStandard">
          <BooleanField source="metStandard" />
        </DataTable.Col>
        <DataTable.Col source="metMediationCriterion">
          <BooleanField source="metMediationCriterion" />
        </DataTable.Col>
        <DataTable.Col source="note" disableSort />
      </DataTable>
    </List>
  );
};
