import { Chip, List, ListItem, Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { AdministrativeUnit } from '../types';
import { DayField } from '../common/DayField';
import { unitLabel } from '../common/unitLabel';

/**
 * The units this one came from (predecessors) or went into (successors) at a reorganisation, each
 * with how much of it passed: the whole unit (FULL) or part of it (PARTIAL).
 */
export const SuccessionList = ({ source }: FieldProps & { source: 'successors' | 'predecessors' }) => {
  const record = useRecordContext<AdministrativeUnit>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const links = record?.[source] ?? [];
  if (links.length === 0) {
    return <Typography variant="body2">{translate('hoagiai.units.no_links')}</Typography>;
  }
  return (
    <List dense disablePadding data-testid={`unit-${source}`}>
      {links.map((link) => (
        <ListItem key={`${link.unit.id}-${link.kind}`} disableGutters sx={{ gap: 1 }}>
          <Link to={createPath({ resource: 'AdministrativeUnit', id: link.unit.id, type: 'show' })}>{unitLabel(link.unit)}</Link>
          <DayField record={link.unit} source="validFrom" color="text.secondary" />
          <Chip size="small" variant="outlined" label={translate(`hoagiai.succession.${link.kind}`)} data-kind={link.kind} />
        </ListItem>
      ))}
    </List>
  );
};
