import type { EntityManager } from 'typeorm';
import { badInput } from '../../core/errors';
import { parseId } from '../../core/graphql/list';
import { isWithin } from '../../core/tenancy/scope';
import { AgencyEntity } from '../agencies/agency.entity';
import type { AgencyKind } from '../agencies/agency.type';
import type { AgencyLevel } from './plan.enums';
import { optionalText } from './plan.errors';
import type { PlanEntity } from './plan.entity';

/** An agency a plan names, as a client sends it: one agency, or a kind and/or level with the document's words. */
export type NamedAgencyInput = { agencyId?: string | null; agencyKind?: AgencyKind | null; agencyLevel?: AgencyLevel | null; label?: string | null };
export type NamedAgencyRow = { position: number; agencyId: number | null; agencyKind: string | null; agencyLevel: string | null; label: string };

/** Agencies a plan may name: those of its unit, of the units above it, or of the units below it (never a sibling's). */
export function withinReach(plan: Pick<PlanEntity, 'unitPath'>, agency: Pick<AgencyEntity, 'unitPath'>): boolean {
  return isWithin(agency.unitPath, plan.unitPath) || isWithin(plan.unitPath, agency.unitPath);
}

/** One agency by id, readable and within the plan's reach, or BAD_USER_INPUT naming `field`. */
export async function reachableAgency(manager: EntityManager, plan: PlanEntity, field: string, id: string): Promise<AgencyEntity> {
  const agency = await manager.findOne(AgencyEntity, { where: { id: parseId(field, id) } });
  if (!agency) throw badInput(field, `Agency ${id} was not found`, 'REFERENCE_NOT_FOUND');
  if (!withinReach(plan, agency)) throw badInput(field, 'A plan names agencies of its unit, of units above it, or of units below it', 'PLAN_AGENCY_OUT_OF_REACH');
  return agency;
}

/** The agencies as rows in order, each checked; `field` is the input's name ("agencies"). */
export async function namedAgencies(manager: EntityManager, plan: PlanEntity, field: string, inputs: NamedAgencyInput[]): Promise<NamedAgencyRow[]> {
  const ids = inputs.filter((input) => input.agencyId != null).map((input, index) => parseId(`${field}[${index}].agencyId`, input.agencyId!));
  const agencies = ids.length ? await manager.createQueryBuilder(AgencyEntity, 'a').where('a.id = any(:ids)', { ids }).getMany() : [];
  return inputs.map((input, index) => {
    const at = `${field}[${index}]`;
    const label = optionalText(`${at}.label`, input.label, 300);
    if (input.agencyId != null) {
      if (input.agencyKind != null || input.agencyLevel != null) throw badInput(at, 'Name one agency, or a kind and/or level of agency, not both', 'PLAN_AGENCY_UNNAMED');
      const agency = agencies.find((candidate) => candidate.id === Number(input.agencyId));
      if (!agency) throw badInput(`${at}.agencyId`, `Agency ${input.agencyId} was not found`, 'REFERENCE_NOT_FOUND');
      if (!withinReach(plan, agency)) throw badInput(`${at}.agencyId`, 'A plan names agencies of its unit, of units above it, or of units below it', 'PLAN_AGENCY_OUT_OF_REACH');
      return { position: index + 1, agencyId: agency.id, agencyKind: null, agencyLevel: null, label: label ?? agency.name };
    }
    if (input.agencyKind == null && input.agencyLevel == null) throw badInput(at, 'Name an agency (agencyId), or a kind and/or level of agency', 'PLAN_AGENCY_UNNAMED');
    if (!label) throw badInput(`${at}.label`, 'Say in words which agencies are meant, e.g. "UBND cấp xã"', 'TEXT_BLANK');
    return { position: index + 1, agencyId: null, agencyKind: input.agencyKind ?? null, agencyLevel: input.agencyLevel ?? null, label };
  });
}
