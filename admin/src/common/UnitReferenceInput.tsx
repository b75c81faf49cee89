import { useMemo } from 'react';
import { AutocompleteInput, ReferenceInput, type Validator } from 'react-admin';
import type { UnitLevel } from '../types';
import { unitOptionText } from './unitLabel';
import { searchOf } from './search';

const RELEVANCE = { field: 'relevance', order: 'ASC' as const };

type UnitReferenceInputProps = {
  source: string;
  /** Only units of this level (e.g. communes for hamlets). */
  level?: UnitLevel;
  /** Only units where the user may create records (the server computes it from the session). */
  writable?: boolean;
  validate?: Validator | Validator[];
  label?: string;
  alwaysOn?: boolean;
};


/**
 * An autocomplete over administrative units of every era, searched by name without diacritics on
 * the server, best matches first (sortField "relevance": "soc trang" offers Tỉnh Sóc Trăng before
 * Thành phố Sóc Trăng). Forms that create records ask the server for `writable` units only;
 * filters offer every unit.
 */
export const UnitReferenceInput = ({ source, level, writable, validate, label, ...rest }: UnitReferenceInputProps) => {
  const filter = useMemo(() => ({ ...(level ? { level } : {}), ...(writable ? { writable: true } : {}) }), [level, writable]);
  return (
    <ReferenceInput source={source} reference="AdministrativeUnit" filter={filter} sort={RELEVANCE} {...rest}>
      <AutocompleteInput optionText={unitOptionText} filterToQuery={searchOf} validate={validate} label={label} sx={{ minWidth: 360 }} />
    </ReferenceInput>
  );
};
