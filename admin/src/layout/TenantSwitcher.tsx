import { useState, type ChangeEvent } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { usePermissions, useRefresh, useTranslate } from 'react-admin';
import type { Permissions } from '../auth/permissions';
import { getWorkingUnitId, setWorkingUnitId } from '../auth/session';
import type { UnitSummary } from '../types';
import { unitLabel } from '../common/unitLabel';

const ALL_UNITS = '';

/** The distinct units of the user's memberships (a user may hold several roles in one unit). */
const unitsOf = (memberships: Permissions | undefined): UnitSummary[] => {
  const byId = new Map<string, UnitSummary>();
  for (const membership of memberships ?? []) {
    if (membership.unit) byId.set(String(membership.unit.id), membership.unit);
  }
  return [...byId.values()];
};

/**
 * Picks the unit the user works in. The choice is sent as `x-unit-id` with every request and the
 * server narrows the row-level-security scope to it; "all my units" sends nothing.
 */
export const TenantSwitcher = () => {
  const { permissions } = usePermissions<Permissions>();
  const translate = useTranslate();
  const refresh = useRefresh();
  const [unitId, setUnitId] = useState(() => getWorkingUnitId() ?? ALL_UNITS);
  const units = unitsOf(permissions);
  if (units.length === 0) return null;

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.target.value;
    setWorkingUnitId(next === ALL_UNITS ? null : next);
    setUnitId(next);
    refresh();
  };

  const value = units.some((unit) => String(unit.id) === unitId) ? unitId : ALL_UNITS;
  // A closed MUI select renders no options, so the page's other option lists stay unambiguous.
  return (
    <TextField
      select
      size="small"
      variant="outlined"
      label={translate('hoagiai.tenant.label')}
      value={value}
      onChange={onChange}
      data-testid="tenant-switcher"
      slotProps={{
        select: { displayEmpty: true },
        inputLabel: { shrink: true },
        htmlInput: { name: 'workingUnitId' },
      }}
      sx={{
        flex: '0 0 auto',
        width: 300,
        mx: 1,
        // Readable on the coloured app bar, focused or not.
        '& .MuiInputBase-root, & .MuiInputLabel-root, & .MuiInputLabel-root.Mui-focused, & .MuiSvgIcon-root': { color: 'inherit' },
        '& .MuiOutlinedInput-notchedOutline': { borderColor: 'rgba(255, 255, 255, 0.5)' },
        '& .Mui-focused .MuiOutlinedInput-notchedOutline, & .MuiInputBase-root:hover .MuiOutlinedInput-notchedOutline': {
          borderColor: 'common.white',
        },
      }}
    >
      <MenuItem value={ALL_UNITS}>{translate('hoagiai.tenant.all')}</MenuItem>
      {units.map((unit) => (
        <MenuItem key={unit.id} value={String(unit.id)}>
          {unitLabel(unit)}
          {unit.level ? ` · ${translate(`hoagiai.level.${unit.level}`)}` : ''}
        </MenuItem>
      ))}
    </TextField>
  );
};
