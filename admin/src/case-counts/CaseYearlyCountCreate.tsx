import { Create, SimpleForm, required } from 'react-admin';
import { WholeNumberInput, recordYear } from '../common/NumberInputs';
import { lastYear } from '../common/search';
import { TeamReferenceInput } from '../teams/TeamReferenceInput';
import { CaseYearlyCountFields, withoutReceived } from './CaseYearlyCountForm';

/** A year's counts of a team; they belong to the commune the team was under at the year's end. */
export const CaseYearlyCountCreate = () => (
  <Create redirect="show" transform={withoutReceived}>
    <SimpleForm defaultValues={{ year: lastYear(), settled: 0, notSettled: 0, inProgress: 0 }}>
      <TeamReferenceInput source="teamId" validate={required()} />
      <WholeNumberInput source="year" validate={recordYear} />
      <CaseYearlyCountFields />
    </SimpleForm>
  </Create>
);
