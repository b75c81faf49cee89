import type { MouseEvent } from 'react';
import { DataTable, Link, useCreatePath, useRecordContext, type FieldProps } from 'react-admin';
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

/**
 * A list's column of the record's unit, linked with its code. Not sortable: sorting by the unit's
 * id would mean nothing to users (a sort by name needs a join per list).
 */
export const UnitColumn = () => (
  <DataTable.Col source="unitId" disableSort>
    <UnitLinkField source="unit" />
  </DataTable.Col>
);
