import { List, ListItem, ListItemText } from '@mui/material';
import { Labeled, useRecordContext } from 'react-admin';
import type { AdministrativeUnit } from '../types';
import { DayField } from '../common/DayField';

/**
 * The names (and types) the unit has had, newest first, each with the day it took effect.
 * Most units were never renamed: then nothing is shown, not even the label.
 */
export const UnitNameHistory = () => {
  const record = useRecordContext<AdministrativeUnit>();
  const names = [...(record?.names ?? [])].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  if (names.length === 0) return null;
  return (
    <Labeled label="resources.AdministrativeUnit.fields.names">
      <List dense disablePadding data-testid="unit-names">
        {names.map((entry) => (
          <ListItem key={`${entry.validFrom}-${entry.name}`} disableGutters>
            <ListItemText
              primary={entry.name}
              secondary={
                <>
                  {entry.type} · <DayField record={entry} source="validFrom" />
                </>
              }
            />
          </ListItem>
        ))}
      </List>
    </Labeled>
  );
};
