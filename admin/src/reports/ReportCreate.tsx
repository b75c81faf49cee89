import { Create, NumberInput, SimpleForm, maxValue, minValue, required } from 'react-admin';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { REPORT_SHOW_FIELDS } from './selections';
import { useLatestDataYear } from '../common/latestDataYear';

/**
 * Generates the unit's report of the year from the plans' reporting rules (createReport is the
 * server's generateReport): the figures come from the data, never from this form.
 */
export const ReportCreate = () => {
  const year = useLatestDataYear();
  if (year == null) return null;
  return (
    <Create redirect="show" mutationOptions={{ meta: { sparseFields: REPORT_SHOW_FIELDS } }}>
      <SimpleForm defaultValues={{ year }}>
        <UnitReferenceInput source="unitId" writable validate={required()} />
        <NumberInput source="year" validate={[required(), minValue(2000), maxValue(2100)]} />
      </SimpleForm>
    </Create>
  );
};
