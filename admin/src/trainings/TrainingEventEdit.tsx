import { Edit, Labeled, SimpleForm } from 'react-admin';
import { UnitLinkField } from '../common/UnitLinkField';
import { EVENT_EDIT } from '../teams/groundSelections';
import { TrainingEventFields } from './TrainingEventForm';

/** Sent lists replace the course's lists; removing a mediator recomputes their trained status. */
export const TrainingEventEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" queryOptions={{ meta: { sparseFields: EVENT_EDIT } }} mutationOptions={{ meta: { sparseFields: EVENT_EDIT } }}>
    <SimpleForm>
      <Labeled source="unitId">
        <UnitLinkField source="unit" />
      </Labeled>
      <TrainingEventFields />
    </SimpleForm>
  </Edit>
);
