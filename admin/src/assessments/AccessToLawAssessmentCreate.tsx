import { Create, SimpleForm, required } from 'react-admin';
import { WholeNumberInput, recordYear } from '../common/NumberInputs';
import { useLatestDataYear } from '../common/latestDataYear';
import { UnitReferenceInput } from '../common/UnitReferenceInput';
import { AccessToLawAssessmentFields } from './AccessToLawAssessmentForm';

/**
 * One assessment per commune and year; the server refuses a second one and a unit outside the
 * user's write scope. The year starts on the latest the user has data for.
 */
export const AccessToLawAssessmentCreate = () => {
  const year = useLatestDataYear();
  if (year == null) return null;
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ year, metStandard: false, metMediationCriterion: false }}>
        <UnitReferenceInput source="unitId" writable level="COMMUNE" validate={required()} />
        <WholeNumberInput source="year" validate={recordYear} />
        <AccessToLawAssessmentFields />
      </SimpleForm>
    </Create>
  );
};
