import { Chip } from '@mui/material';
import { DataTable, List, NumberField, SearchInput, SelectInput, useRecordContext, useTranslate } from 'react-admin';
import { DayField } from '../common/DayField';
import { ListActions } from '../common/ListActions';
import { UnitLinkField } from '../common/UnitLinkField';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { HAMLET_MOVE_FIELDS } from './selections';

const BASES = ['FULL_MAPPING', 'ASSIGNED', 'GENERATED'] as const;

export const BasisChip = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return <Chip size="small" color={record.basis === 'ASSIGNED' ? 'primary' : 'default'} label={translate(`hoagiai.reform.basis.${record.basis}`)} />;
};

export const MappingField = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return record ? <span>{translate(`hoagiai.reform.mapping.${record.mapping}`)}</span> : null;
};

const useFilters = () => {
  const translate = useTranslate();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="basis" source="basis" alwaysOn choices={BASES.map((id) => ({ id, name: translate(`hoagiai.reform.basis.${id}`) }))} />,
    <UnitReferenceInput key="unitId" source="unitId" />,
    <UnitReferenceInput key="fromUnitId" source="fromUnitId" />,
  ];
};

/** The hamlets that passed to a commune of 1 July 2025, with the unit they left; each row is the dated record. */
export const HamletMoveList = () => (
  <List filters={useFilters()} actions={<ListActions />} empty={false} sort={{ field: 'movedOn', order: 'DESC' }}
    queryOptions={{ meta: { sparseFields: HAMLET_MOVE_FIELDS } }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="hamlet.name" label="resources.HamletMove.fields.hamlet" disableSort />
      <DataTable.Col source="fromUnitId" disableSort><UnitLinkField source="fromUnit" /></DataTable.Col>
      <DataTable.Col source="unitId"><UnitLinkField source="unit" /></DataTable.Col>
      <DataTable.Col source="movedOn"><DayField source="movedOn" /></DataTable.Col>
      <DataTable.Col source="basis"><BasisChip /></DataTable.Col>
      <DataTable.Col source="mapping" disableSort><MappingField /></DataTable.Col>
      <DataTable.Col source="teams" disableSort><NumberField source="teams" /></DataTable.Col>
      <DataTable.Col source="mediators" disableSort><NumberField source="mediators" /></DataTable.Col>
    </DataTable>
  </List>
);
