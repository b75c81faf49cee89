import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { toLtreeArray } from '../../core/tenancy/scope';
import { UnitLevel } from '../units/unit.type';
import { Capabilities } from './capabilities.type';
import { MemberRole } from './user.type';

const LEVEL_ROLE: [UnitLevel, MemberRole][] = [
  [UnitLevel.PROVINCE, MemberRole.PROVINCE_ADMIN],
  [UnitLevel.DISTRICT, MemberRole.DISTRICT_STAFF],
  [UnitLevel.COMMUNE, MemberRole.COMMUNE_STAFF],
];

@Resolver()
export class CapabilitiesResolver {
  @Authorized()
  @Query(() => Capabilities, { description: 'What the caller may do in this request\'s scope (x-unit-id narrows it)' })
  async capabilities(@Ctx() ctx: Context): Promise<Capabilities> {
    const { write, admin } = ctx.scope;
    // Units are public reference data: one pass gives the levels under each scope (gist index on path).
    const rows: { level: UnitLevel; writes: boolean; administers: boolean }[] = write.length
      ? await (await ctx.db()).query(
        `select level, bool_or(path <@ any ($1::ltree[])) as writes, bool_or(path <@ any ($2::ltree[])) as administers
           from admin_unit where path <@ any ($1::ltree[]) or path <@ any ($2::ltree[]) group by level`,
        [toLtreeArray(write), toLtreeArray(admin)],
      )
      : [];
    const adminLevels = new Set(rows.filter((row) => row.administers).map((row) => row.level));
    const systemAdmin = admin.includes('');
    const grantableRoles = [
      ...(systemAdmin ? [MemberRole.SYSTEM_ADMIN] : []),
      ...LEVEL_ROLE.filter(([level]) => adminLevels.has(level)).map(([, role]) => role),
      ...(admin.length ? [MemberRole.ANALYST] : []),
    ];
    return {
      write: write.length > 0,
      administer: admin.length > 0,
      systemAdmin,
      writableLevels: Object.values(UnitLevel).filter((level) => rows.some((row) => row.level === level && row.writes)),
      grantableRoles,
    };
  }
}
