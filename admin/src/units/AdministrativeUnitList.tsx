import { DataTable, List, SearchInput, SelectField, SelectInput, useTranslate } from 'react-admin';
import { DayInput } from '../common/DayInput';
import { ListActions } from '../common/ListActions';
import { ListExport } from '../exports/ExportMenu';
import { unitExport } from '../exports/resources';
import { levelChoices } from '../common/choices';
import { DayField } from '../common/DayField';
import { UnitLinkField } from '../common/UnitLinkField';

const UnitSearchInput = ({ alwaysOn }: { alwaysOn?: boolean }) => {
  const translate = useTranslate();
  return (
    <SearchInput
      source="q"
      alwaysOn={alwaysOn}
      slotProps={{ htmlInput: { 'aria-label': translate('ra.action.search'), 'data-testid': 'units-search' } }}
    />
  );
};

const unitFilters = [
  <UnitSearchInput key="q" alwaysOn />,
  <SelectInput key="level" source="level" choices={levelChoices} alwaysOn />,
  <DayInput key="validOn" source="validOn" alwaysOn />,
];

/** The units browser: search ignores diacritics ("my tu" finds "Mỹ Tú"); validOn picks an era. */
export const AdministrativeUnitList = () => (
  <List filters={unitFilters} actions={<ListActions exporter={<ListExport columns={unitExport} />} />} sort={{ field: 'code', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="type" />
      <DataTable.Col source="level">
        <SelectField source="level" choices={levelChoices} />
      </DataTable.Col>
      <DataTable.Col source="validFrom" field={DayField} />
      <DataTable.Col source="validTo" field={DayField} />
      <DataTable.Col source="parent" disableSort>
        <UnitLinkField source="parent" />
      </DataTable.Col>
    </DataTable>
  </List>
);
