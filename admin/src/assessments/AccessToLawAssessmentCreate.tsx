import { Create, SimpleForm, required } from 'react-admin';
import { WholeNumberInput, recordYear } from '../common/NumberInputs';
import { lastYear } from '../common/search';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { AccessToLawAssessmentFields } from './AccessToLawAssessmentForm';

/** One assessment per commune and year; the server refuses a second one and a unit outside the user's write scope. */
export const AccessToLawAssessmentCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ year: lastYear(), metStandard: false, metMediationCriterion: false }}>
      <UnitReferenceInput source="unitId" writable level="COMMUNE" validate={required()} />
      <WholeNumberInput source="year" validate={recordYear} />
      <AccessToLawAssessmentFields />
    </SimpleForm>
  </Create>
);
