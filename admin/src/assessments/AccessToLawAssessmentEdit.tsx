import { Edit, Labeled, SimpleForm } from 'react-admin';
import { YearField } from '../common/NumberField';
import { UnitLinkField } from '../common/UnitLinkField';
import { AccessToLawAssessmentFields } from './AccessToLawAssessmentForm';

/**
 * The commune and the year stay. Pessimistic: the update carries the version the form was loaded
 * with, and a CONFLICT must reach the user before the page shows the edit as done.
 */
export const AccessToLawAssessmentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <Labeled source="unitId">
        <UnitLinkField source="unit" />
      </Labeled>
      <Labeled source="year">
        <YearField source="year" />
      </Labeled>
      <AccessToLawAssessmentFields />
    </SimpleForm>
  </Edit>
);
