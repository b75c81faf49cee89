import { BooleanInput, DataTable, List, SearchInput, SelectField, SelectInput, TextField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { UnitLinkField } from '../common/UnitLinkField';
import { type CatalogueIndicator, indicatorName, measurementChoices, targetUnitChoices } from './catalogueChoices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="measurement" source="measurement" choices={measurementChoices} alwaysOn />,
  <SelectInput key="unit" source="unit" choices={targetUnitChoices} />,
  <BooleanInput key="national" source="national" />,
];

const NameField = () => {
  const record = useRecordContext<CatalogueIndicator>();
  const [locale] = useLocaleState();
  return record ? <span>{indicatorName(record, locale)}</span> : null;
};

const OwnerField = () => {
  const record = useRecordContext<CatalogueIndicator>();
  const translate = useTranslate();
  if (!record) return null;
  return record.ownerUnit ? <UnitLinkField source="ownerUnit" /> : <span>{translate('hoagiai.catalogue.national')}</span>;
};

/**
 * The catalogue the caller reads: built-in, national and its province's indicators; searchable,
 * sortable, paged. The name column shows and sorts the name in the console's language (the
 * form's `name` is the Vietnamese one, so its label says so; the column's says only "Name").
 */
export const IndicatorList = () => {
  const [locale] = useLocaleState();
  return (
    <List filters={filters} actions={<ListActions />} empty={false} sort={{ field: 'code', order: 'ASC' }} queryOptions={{ meta: { sparseFields: LIST_FIELDS } }}>
      <DataTable rowClick={(_id, _resource, record) => (record.builtin ? false : 'edit')} bulkActionButtons={false} data-testid="indicator-list">
        <DataTable.Col source="code"><TextField source="code" /></DataTable.Col>
        <DataTable.Col source={locale === 'en' ? 'nameEn' : 'name'} label="hoagiai.catalogue.name"><NameField /></DataTable.Col>
        <DataTable.Col source="unit"><SelectField source="unit" choices={targetUnitChoices} /></DataTable.Col>
        <DataTable.Col source="measurement"><SelectField source="measurement" choices={measurementChoices} /></DataTable.Col>
        <DataTable.Col source="unitId"><OwnerField /></DataTable.Col>
      </DataTable>
    </List>
  );
};

const LIST_FIELDS = ['id', 'code', 'name', 'nameEn', 'unit', 'measurement', 'measure', 'builtin', 'unitId', 'version', { ownerUnit: ['id', 'code', 'name', 'level'] }];
