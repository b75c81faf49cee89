import { Edit, Labeled, SimpleForm } from 'react-admin';
import { YearField } from '../common/NumberField';
import { UnitLinkField } from '../common/UnitLinkField';
import { TeamLinkField } from '../teams/TeamLinkField';
import { CaseYearlyCountFields, withoutReceived } from './CaseYearlyCountForm';

/**
 * The team and the year stay. Pessimistic: the update carries the version the form was loaded
 * with, and a CONFLICT must reach the user before the page shows the edit as done.
 */
export const CaseYearlyCountEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={withoutReceived}>
    <SimpleForm>
      <Labeled source="team">
        <TeamLinkField source="team" />
      </Labeled>
      <Labeled source="unitId">
        <UnitLinkField source="unit" />
      </Labeled>
      <Labeled source="year">
        <YearField source="year" />
      </Labeled>
      <CaseYearlyCountFields />
    </SimpleForm>
  </Edit>
);
