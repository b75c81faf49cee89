import { Alert } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AdministrativeUnit } from '../types';

/** Shown on an old unit whose data cannot be followed to any unit in force today. */
export const UnmappedNotice = () => {
  const record = useRecordContext<AdministrativeUnit>();
  const translate = useTranslate();
  if (!record?.unmapped) return null;
  return (
    <Alert severity="warning" data-testid="unit-unmapped">
      {translate('hoagiai.units.unmapped')}
    </Alert>
  );
};
