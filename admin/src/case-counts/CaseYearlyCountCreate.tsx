import { Create, SimpleForm, required } from 'react-admin';
import { WholeNumberInput, recordYear } from '../common/NumberInputs';
import { useLatestDataYear } from '../common/latestDataYear';
import { TeamReferenceInput } from '../teams/TeamReferenceInput';
import { CaseYearlyCountFields, withoutReceived } from './CaseYearlyCountForm';

/**
 * A year's counts of a team; they belong to the commune the team was under at the year's end. The
 * year starts on the latest the user has data for.
 */
export const CaseYearlyCountCreate = () => {
  const year = useLatestDataYear();
  if (year == null) return null;
  return (
    <Create redirect="show" transform={withoutReceived}>
      <SimpleForm defaultValues={{ year, settled: 0, notSettled: 0, inProgress: 0 }}>
        <TeamReferenceInput source="teamId" validate={required()} />
        <WholeNumberInput source="year" validate={recordYear} />
        <CaseYearlyCountFields />
      </SimpleForm>
    </Create>
  );
};
