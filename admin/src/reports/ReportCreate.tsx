import { Create, SelectInput, SimpleForm, required } from 'react-admin';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { useLatestDataYear } from '../common/latestDataYear';
import { REPORT_SHOW_FIELDS } from './selections';

/** From the first plans on record to this year: a year that has not started has no report (the server refuses it too). */
const yearChoices = () => {
  const last = new Date().getFullYear();
  return Array.from({ length: last - 2020 }, (_, i) => last - i).map((year) => ({ id: year, name: String(year) }));
};

/**
 * Generates the unit's report of the year from the plans' reporting rules (createReport is the
 * server's generateReport): the figures come from the data, never from this form. The year list
 * starts on the latest year with data the user reads (latestDataYear).
 */
export const ReportCreate = () => {
  const year = useLatestDataYear();
  if (year == null) return null;
  return (
    <Create redirect="show" mutationOptions={{ meta: { sparseFields: REPORT_SHOW_FIELDS } }}>
      <SimpleForm defaultValues={{ year }}>
        <UnitReferenceInput source="unitId" writable validate={required()} />
        <SelectInput source="year" choices={yearChoices()} translateChoice={false} validate={required()} />
      </SimpleForm>
    </Create>
  );
};
