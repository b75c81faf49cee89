import { DeleteButton, Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { IndicatorFields, indicatorTransform } from './IndicatorForm';

const EditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" />
  </Toolbar>
);

/** Pessimistic: the update carries the version read; unit and measurement change only while nothing uses it (the server says so). */
export const IndicatorEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={indicatorTransform}>
    <SimpleForm toolbar={<EditToolbar />}>
      <IndicatorFields />
    </SimpleForm>
  </Edit>
);
