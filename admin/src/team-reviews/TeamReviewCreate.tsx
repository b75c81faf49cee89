import { Create, SimpleForm, required } from 'react-admin';
import { useLatestDataYear } from '../common/latestDataYear';
import { WholeNumberInput, recordYear } from '../common/NumberInputs';
import { TeamReferenceInput } from '../teams/TeamReferenceInput';
import { TeamReviewFields } from './TeamReviewForm';

/**
 * A review of a team for a year; it belongs to the commune the team was under at the year's end
 * (the server decides, and refuses a team outside the user's write scope). The team's page opens
 * this form with its team filled in. The year starts on the latest the user has data for (2024 for
 * a commune the 2025 reform abolished), once the server has said which.
 */
export const TeamReviewCreate = () => {
  const year = useLatestDataYear();
  if (year == null) return null;
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ year, reviewed: true, compliantAfter: false }}>
        <TeamReferenceInput source="teamId" validate={required()} />
        <WholeNumberInput source="year" validate={recordYear} />
        <TeamReviewFields />
      </SimpleForm>
    </Create>
  );
};
