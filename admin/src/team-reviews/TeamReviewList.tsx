import { BooleanField, BulkDeleteButton, DataTable, List, NullableBooleanInput, NumberInput, SearchInput, useResourceDefinition } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { YearField } from '../common/NumberField';
import { UnitLinkField } from '../common/UnitLinkField';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { ListExport } from '../exports/ExportMenu';
import { teamReviewExport } from '../exports/resources';
import { TeamLinkField } from '../teams/TeamLinkField';
import { TeamReferenceInput } from '../teams/TeamReferenceInput';

const reviewFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn sx={{ width: 110 }} />,
  <TeamReferenceInput key="teamId" source="teamId" />,
  <NullableBooleanInput key="reviewed" source="reviewed" />,
  <NullableBooleanInput key="compliantAfter" source="compliantAfter" />,
];

/** The teams' yearly reviews under the user's units, the latest year first. */
export const TeamReviewList = () => {
  const { hasEdit } = useResourceDefinition();
  return (
    <List filters={reviewFilters} actions={<ListActions exporter={<ListExport columns={teamReviewExport} />} />} empty={false} sort={{ field: 'year', order: 'DESC' }}>
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
        <DataTable.Col source="reviewed">
          <BooleanField source="reviewed" />
        </DataTable.Col>
        <DataTable.Col source="compliantAfter">
          <BooleanField source="compliantAfter" />
        </DataTable.Col>
        <DataTable.Col source="note" disableSort />
      </DataTable>
    </List>
  );
};
