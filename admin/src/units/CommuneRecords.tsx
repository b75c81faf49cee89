import { Stack } from '@mui/material';
import { BooleanField, CreateButton, DataTable, Labeled, ReferenceManyField, useRecordContext, useResourceDefinition, useTranslate } from 'react-admin';
import { NumberField, YearField } from '../common/NumberField';
import type { AdministrativeUnit } from '../types';

/** A button adding a record of this commune, where the user may (App.tsx leaves `create` out otherwise). */
const AddFor = ({ resource, label }: { resource: string; label: string }) => {
  const unit = useRecordContext<AdministrativeUnit>();
  const { hasCreate } = useResourceDefinition({ resource });
  if (!unit || !hasCreate) return null;
  return <CreateButton resource={resource} state={{ record: { unitId: unit.id } }} label={label} data-testid={`commune-add-${resource}`} />;
};

/**
 * What a commune records about itself: its profile and its yearly access-to-law assessments, each
 * opening its own page (the filter `unitId` reads the unit and below it: for a commune, itself).
 */
export const CommuneRecords = () => {
  const unit = useRecordContext<AdministrativeUnit>();
  const translate = useTranslate();
  if (unit?.level !== 'COMMUNE') return null;
  return (
    <Stack spacing={2}>
      <Labeled label={translate('resources.CommuneProfile.name', { smart_count: 1 })} fullWidth>
        <Stack alignItems="flex-start">
          <ReferenceManyField reference="CommuneProfile" target="unitId" perPage={1} empty={<AddFor resource="CommuneProfile" label="hoagiai.records.addProfile" />}>
            <DataTable rowClick="show" bulkActionButtons={false} data-testid="commune-profile">
              <DataTable.Col source="minorityArea" disableSort>
                <BooleanField source="minorityArea" />
              </DataTable.Col>
              <DataTable.Col source="difficultyScore" disableSort>
                <NumberField source="difficultyScore" />
              </DataTable.Col>
              <DataTable.Col source="difficulties" disableSort />
            </DataTable>
          </ReferenceManyField>
        </Stack>
      </Labeled>
      <Labeled label={translate('resources.AccessToLawAssessment.name', { smart_count: 2 })} fullWidth>
        <Stack alignItems="flex-start">
          <ReferenceManyField reference="AccessToLawAssessment" target="unitId" sort={{ field: 'year', order: 'DESC' }} perPage={10}>
            <DataTable rowClick="show" bulkActionButtons={false} data-testid="commune-assessments">
              <DataTable.Col source="year" disableSort>
                <YearField source="year" />
              </DataTable.Col>
              <DataTable.Col source="metStandard" disableSort>
                <BooleanField source="metStandard" />
              </DataTable.Col>
              <DataTable.Col source="metMediationCriterion" disableSort>
                <BooleanField source="metMediationCriterion" />
              </DataTable.Col>
            </DataTable>
          </ReferenceManyField>
          <AddFor resource="AccessToLawAssessment" label="hoagiai.records.addAssessment" />
        </Stack>
      </Labeled>
    </Stack>
  );
};
