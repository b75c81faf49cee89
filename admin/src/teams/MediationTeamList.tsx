import { DataTable, FunctionField, List, NullableBooleanInput, SearchInput, SelectField, SelectInput, TextField, useTranslate } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { ListExport } from '../exports/ExportMenu';
import { teamExport, teamExportFields } from '../exports/resources';
import { UnitColumn } from '../common/UnitLinkField';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { ComplianceBadge } from './ComplianceBadge';
import { teamStatusChoices } from './groundChoices';
import { TEAM_LIST } from './groundSelections';
import type { MediationTeam } from './groundTypes';

const teamFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <UnitReferenceInput key="unitId" source="unitId" alwaysOn />,
  <NullableBooleanInput key="compliant" source="compliant" alwaysOn />,
  <SelectInput key="status" source="status" choices={teamStatusChoices} />,
];

const Members = () => {
  const translate = useTranslate();
  return (
    <FunctionField<MediationTeam>
      render={(team) => (team.compliance ? translate('hoagiai.ground.activeMediators', { active: team.compliance.activeMediators, women: team.compliance.women, smart_count: team.compliance.women }) : '')}
    />
  );
};

/** Teams under the user's units (or the unit filtered on), with their compliance badges. */
export const MediationTeamList = () => (
  <List filters={teamFilters} actions={<ListActions exporter={<ListExport columns={teamExport} fields={teamExportFields} />} />} empty={false} sort={{ field: 'name', order: 'ASC' }} queryOptions={{ meta: { sparseFields: TEAM_LIST } }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <UnitColumn />
      <DataTable.Col source="leader" disableSort>
        <TextField source="leader.fullName" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="mediators" disableSort>
        <Members />
      </DataTable.Col>
      <DataTable.Col source="compliance" disableSort>
        <ComplianceBadge />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={teamStatusChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
