import {
  DataTable,
  Labeled,
  Pagination,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { Stack } from '@mui/material';
import { levelChoices } from '../common/choices';
import { DayField } from '../common/DayField';
import { UnitLinkField } from '../common/UnitLinkField';
import { CommuneRecords } from './CommuneRecords';
import { SuccessionList } from './SuccessionList';
import { UnitNameHistory } from './UnitNameHistory';
import { UnmappedNotice } from './UnmappedNotice';

/** The units directly under this one, paginated by the server (a province has hundreds). */
const UnitChildren = () => (
  <ReferenceManyField
    reference="AdministrativeUnit"
    target="parentId"
    sort={{ field: 'code', order: 'ASC' }}
    perPage={10}
    pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
  >
    <DataTable rowClick="show" bulkActionButtons={false} data-testid="unit-children">
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="type" />
      <DataTable.Col source="validFrom" field={DayField} />
      <DataTable.Col source="validTo" field={DayField} />
    </DataTable>
  </ReferenceManyField>
);

export const AdministrativeUnitShow = () => (
  <Show>
    <SimpleShowLayout>
      <UnmappedNotice />
      <Stack direction="row" spacing={4} flexWrap="wrap" useFlexGap>
        <Labeled source="code">
          <TextField source="code" />
        </Labeled>
        <Labeled source="name">
          <TextField source="name" />
        </Labeled>
        <Labeled source="type">
          <TextField source="type" />
        </Labeled>
        <Labeled source="level">
          <SelectField source="level" choices={levelChoices} />
        </Labeled>
        <Labeled source="validFrom">
          <DayField source="validFrom" />
        </Labeled>
        <Labeled source="validTo">
          <DayField source="validTo" />
        </Labeled>
      </Stack>
      <UnitLinkField source="parent" />
      <UnitNameHistory />
      <SuccessionList source="predecessors" />
      <SuccessionList source="successors" />
      <Labeled source="children" fullWidth>
        <UnitChildren />
      </Labeled>
      <CommuneRecords />
    </SimpleShowLayout>
  </Show>
);
