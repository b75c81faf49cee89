import { AGENCY_KINDS, HAMLET_KINDS, ROLES, SUCCESSION_KINDS, UNIT_LEVELS } from '../types';

/** Choices for react-admin selects, labelled by translation keys (translateChoice is on by default). */
export const choicesOf = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `hoagiai.${prefix}.${id}` }));

export const levelChoices = choicesOf(UNIT_LEVELS, 'level');
export const successionChoices = choicesOf(SUCCESSION_KINDS, 'succession');
export const hamletKindChoices = choicesOf(HAMLET_KINDS, 'hamletKind');
export const agencyKindChoices = choicesOf(AGENCY_KINDS, 'agencyKind');
export const roleChoices = choicesOf(ROLES, 'role');
