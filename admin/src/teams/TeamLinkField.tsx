import type { MouseEvent } from 'react';
import { Link, useCreatePath, useRecordContext, type FieldProps } from 'react-admin';

const stopRowClick = (event: MouseEvent) => event.stopPropagation();

/**
 * The team embedded in a record (`team { id name }`), linked to its page: no lookup per row, as a
 * ReferenceField would make (and it would select every field of the team).
 */
export const TeamLinkField = (_props: FieldProps) => {
  const record = useRecordContext();
  const createPath = useCreatePath();
  const team: { id: string; name: string } | null | undefined = record?.team;
  if (!team) return null;
  return (
    <Link to={createPath({ resource: 'MediationTeam', id: team.id, type: 'show' })} onClick={stopRowClick}>
      {team.name}
    </Link>
  );
};
