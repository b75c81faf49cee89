import { Edit, Labeled, SimpleForm } from 'react-admin';
import { YearField } from '../common/NumberField';
import { UnitLinkField } from '../common/UnitLinkField';
import { TeamLinkField } from '../teams/TeamLinkField';
import { TeamReviewFields } from './TeamReviewForm';

/**
 * The team and the year are the review's identity and stay. Pessimistic: the update carries the
 * version the form was loaded with, and a CONFLICT must reach the user before the page shows the
 * edit as done.
 */
export const TeamReviewEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
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
      <TeamReviewFields />
    </SimpleForm>
  </Edit>
);
