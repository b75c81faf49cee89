import { FormDataConsumer, SelectInput, TextInput, maxLength, regex, required } from 'react-admin';
import { MEASURE_UNIT, measureChoices, measurementChoices, targetUnitChoices } from './catalogueChoices';

const codeFormat = regex(/^[A-Z][A-Z0-9_]{1,59}$/, 'hoagiai.catalogue.codeHelp');

/** The fields of an indicator; the code only when creating (it is the key targets and reports use). */
export const IndicatorFields = ({ creating }: { creating?: boolean }) => (
  <>
    {creating ? <TextInput source="code" validate={[required(), codeFormat]} helperText="hoagiai.catalogue.codeHelp" /> : <TextInput source="code" disabled />}
    <TextInput source="name" validate={[required(), maxLength(300)]} fullWidth />
    <TextInput source="nameEn" validate={[required(), maxLength(300)]} fullWidth />
    <SelectInput source="measurement" choices={measurementChoices} validate={required()} />
    <FormDataConsumer<{ measurement?: string; measure?: keyof typeof MEASURE_UNIT }>>
      {({ formData }) => formData.measurement === 'COMPUTED' ? <SelectInput source="measure" choices={measureChoices} validate={required()} /> : null}
    </FormDataConsumer>
    <FormDataConsumer<{ measurement?: string; measure?: keyof typeof MEASURE_UNIT }>>
      {({ formData }) => {
        const fixed = formData.measurement === 'COMPUTED' && formData.measure ? MEASURE_UNIT[formData.measure] : undefined;
        return <SelectInput source="unit" choices={fixed ? targetUnitChoices.filter((c) => c.id === fixed) : targetUnitChoices} validate={required()} />;
      }}
    </FormDataConsumer>
    <TextInput source="description" multiline minRows={2} fullWidth validate={maxLength(2000)} />
  </>
);

/** What the form sends: no measure for a REPORTED indicator. */
export const indicatorTransform = (data: Record<string, unknown>) => ({ ...data, measure: data.measurement === 'COMPUTED' ? data.measure : null });
