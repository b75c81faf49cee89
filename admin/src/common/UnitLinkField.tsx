import type { MouseEvent } from 'react';
import { Link, useCreatePath, useRecordContext, type FieldProps } from 'react-admin';
import type { UnitSummary } from '../types';
import { unitLabel } from './unitLabel';

const stopRowClick = (event: MouseEvent) => event.stopPropagation();

/**
 * A unit embedded in the record (`unit`, `parent`), shown as "name (code)" and linked to its page.
 * Embedded objects avoid one lookup per row that a ReferenceField would make.
 */
export const UnitLinkField = ({ source }: FieldProps & { source: string }) => {
  const record = useRecordContext();
  const createPath = useCreatePath();
  const unit: UnitSummary | null | undefined = record?.[source];
  if (!unit) return null;
  return (
    <Link to={createPath({ resource: 'AdministrativeUnit', id: unit.id, type: 'show' })} onClick={stopRowClick}>
      {unitLabel(unit)}
    </Link>
  );
};
