import { BulkDeleteButton, DataTable, List, NumberInput, SearchInput, useResourceDefinition } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { NumberField, YearField } from '../common/NumberField';
import { UnitLinkField } from '../common/UnitLinkField';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { ListExport } from '../exports/ExportMenu';
import { caseCountExport } from '../exports/resources';
import { TeamLinkField } from '../teams/TeamLinkField';
import { TeamReferenceInput } from '../teams/TeamReferenceInput';

const countFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn sx={{ width: 110 }} />,
  <TeamReferenceInput key="teamId" source="teamId" />,
];

/** The yearly counts of the user's teams, the latest year first. */
export const CaseYearlyCountList = () => {
  const { hasEdit } = useResourceDefinition();
  return (
    <List filters={countFilters} actions={<ListActions exporter={<ListExport columns={caseCountExport} />} />} empty={false} sort={{ field: 'year', order: 'DESC' }}>
      <DataTable rowClick="show" bulkActionButtons={hasEdit ? <BulkDeleteButton mutationMode="pessimistic" /> : false}>
        <DataTable.Col source="year">
          <YearField source="year" />
        </DataTable.Col>
        <DataTable.Col source="team" disableSort>
          <TeamLinkField source="team" />
        </DataTable.Col>
        <DataTable.Col source="unitId" disableSort>
          <UnitLinkField source="unit" />
        </DataTable.Col>
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
      </DataTable>
    </List>
  );
};
