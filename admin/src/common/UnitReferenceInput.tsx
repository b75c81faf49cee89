import { useMemo } from 'react';
import { AutocompleteInput, ReferenceInput, type Validator } from 'react-admin';
import type { UnitLevel } from '../types';
import { today, unitOptionText } from './unitLabel';

type UnitReferenceInputProps = {
  source: string;
  /** Only units of this level (e.g. communes for hamlets). */
  level?: UnitLevel;
  /** Only units in force today: new records belong to today's units. */
  currentOnly?: boolean;
  validate?: Validator | Validator[];
  label?: string;
  alwaysOn?: boolean;
  disabled?: boolean;
};

// The server rejects an empty search; an empty box means no search at all.
const searchOf = (text: string) => (text.trim() ? { q: text.trim() } : {});

/** An autocomplete over administrative units, searched by name without diacritics on the server. */
export const UnitReferenceInput = ({ source, level, currentOnly, validate, label, disabled, ...rest }: UnitReferenceInputProps) => {
  const filter = useMemo(() => ({ ...(level ? { level } : {}), ...(currentOnly ? { validOn: today() } : {}) }), [level, currentOnly]);
  return (
    <ReferenceInput source={source} reference="AdministrativeUnit" filter={filter} sort={{ field: 'name', order: 'ASC' }} {...rest}>
      <AutocompleteInput
        optionText={unitOptionText}
        filterToQuery={searchOf}
        validate={validate}
        label={label}
        disabled={disabled}
        sx={{ minWidth: 320 }}
      />
    </ReferenceInput>
  );
};
