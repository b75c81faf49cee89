import { hashPassword } from '../../core/auth/password';
import type { Context } from '../../core/context';
import { createAudited, deleteAudited, findReadable, updateAudited } from '../../core/crud';
import { badInput, explainConstraint, forbidden, notFound } from '../../core/errors';
import { applyListArgs, numericIds, parseId, searchPattern } from '../../core/graphql/list';
import { AdminUnitEntity } from '../units/unit.entity';
import type {
  CreateMembershipArgs, CreateUserArgs, MembershipFilter, MembershipListArgs, UpdateMembershipArgs, UpdateUserArgs, UserFilter, UserListArgs,
} from './user.args';
import { MembershipEntity, UserEntity } from './user.entity';
import { MemberRole, type Membership, type User } from './user.type';

explainConstraint('app_user_email_key', 'email', 'An account with this email already exists', 'EMAIL_TAKEN');
explainConstraint('membership_unique_idx', 'role', 'This user already holds this role in this unit', 'MEMBERSHIP_EXISTS');
explainConstraint('membership_check', 'unitId', 'SYSTEM_ADMIN has no unit; every other role needs one', 'ROLE_NEEDS_UNIT');

/** What an account's search looks in: its email and name, without diacritics. */
const USER_SEARCH = (alias: string) => `app.search_text(${alias}.email || ' ' || ${alias}.full_name)`;

const USER = {
  name: 'User',
  entity: UserEntity,
  writtenBy: 'admin' as const,
  snapshot: (u: UserEntity) => ({ email: u.email, fullName: u.fullName, active: u.active, unitId: u.unitId }),
};
const MEMBERSHIP = {
  name: 'Membership',
  entity: MembershipEntity,
  writtenBy: 'admin' as const,
  snapshot: (m: MembershipEntity) => ({ userId: m.userId, role: m.role, unitId: m.unitId }),
};

export const toUser = (u: UserEntity): User => ({
  id: u.id, email: u.email, fullName: u.fullName, active: u.active, unitId: u.unitId, version: u.version, createdAt: u.createdAt, updatedAt: u.updatedAt,
});
export const toMembership = (m: MembershipEntity): Membership => ({
  id: m.id, userId: m.userId, role: m.role as MemberRole, unitId: m.unitId, version: m.version, createdAt: m.createdAt,
});

/** The level a role's unit must have; analysts may be granted any unit. */
const LEVEL_OF_ROLE: Partial<Record<MemberRole, string>> = {
  PROVINCE_ADMIN: 'PROVINCE',
  DISTRICT_STAFF: 'DISTRICT',
  COMMUNE_STAFF: 'COMMUNE',
};

/**
 * Accounts and memberships, managed by administrators within their own scope. Which rows an
 * administrator sees and may write is decided by row-level security on app.admin_scope; the
 * service adds the rules a policy cannot say well (a role's unit level, password hashing).
 */
export class UserService {
  static async list(ctx: Context, args: UserListArgs): Promise<User[]> {
    const qb = UserService.users(await ctx.db(), args.filter);
    const sortable = { email: 'u.email', fullName: 'u.full_name', active: 'u.active', createdAt: 'u.created_at', id: 'u.id' };
    return (await applyListArgs(qb, args, sortable, 'email', args.filter?.ids?.length).getMany()).map(toUser);
  }

  static async count(ctx: Context, filter?: UserFilter): Promise<number> {
    return UserService.users(await ctx.db(), filter).getCount();
  }

  private static users(manager: Awaited<ReturnType<Context['db']>>, filter: UserFilter = {}) {
    const qb = manager.createQueryBuilder(UserEntity, 'u');
    if (filter.ids) qb.andWhere('u.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.q) qb.andWhere(`${USER_SEARCH('u')} like :pattern`, { pattern: searchPattern(filter.q) });
    if (filter.active != null) qb.andWhere('u.active = :active', { active: filter.active });
    return qb;
  }

  static async byId(ctx: Context, id: string): Promise<User | null> {
    const row = await (await ctx.db()).findOne(UserEntity, { where: { id: parseId('id', id) } });
    return row ? toUser(row) : null;
  }

  static async create(ctx: Context, args: CreateUserArgs): Promise<User> {
    const unitId = args.unitId ? await UserService.existingUnit(ctx, 'unitId', args.unitId) : null;
    const passwordHash = await hashPassword(args.password);
    const row = await createAudited(ctx, USER, {
      email: args.email.trim().toLowerCase(),
      fullName: args.fullName.trim(),
      unitId,
      active: true,
    });
    await UserService.setPassword(ctx, row.id, passwordHash);
    return toUser(row);
  }

  /** Deactivating an account or changing its password ends all of its sessions at once (database triggers). */
  static async update(ctx: Context, args: UpdateUserArgs): Promise<User> {
    const id = parseId('id', args.id);
    await UserService.assertManages(ctx, id);
    const changes: Partial<UserEntity> = {};
    if (args.fullName != null) changes.fullName = args.fullName.trim();
    if (args.active != null) changes.active = args.active;
    const passwordHash = args.password != null ? await hashPassword(args.password) : undefined;
    const user = await updateAudited(ctx, USER, id, args.version, changes);
    if (passwordHash) await UserService.setPassword(ctx, id, passwordHash);
    return toUser(user);
  }

  static async remove(ctx: Context, id: string, version: number): Promise<User> {
    const userId = parseId('id', id);
    await UserService.assertManages(ctx, userId);
    return toUser(await deleteAudited(ctx, USER, userId, version));
  }

  /** The hash goes to app_private through app.set_password, which also ends the account's sessions. */
  private static async setPassword(ctx: Context, userId: number, passwordHash: string): Promise<void> {
    await (await ctx.db()).query('select app.set_password($1, $2)', [userId, passwordHash]);
  }

  /**
   * An administrator changes an account only when every membership of it lies in the admin scope
   * (also a restrictive policy): a province admin cannot reset the password of an account that
   * was granted another province or the system role. An account the caller cannot see: NOT_FOUND.
   */
  private static async assertManages(ctx: Context, userId: number): Promise<void> {
    const manager = await ctx.db();
    await findReadable(manager, USER, userId);
    const [row] = (await manager.query('select app.manages_account($1) as manages', [userId])) as { manages: boolean }[];
    if (!row.manages) throw forbidden('This account also holds roles outside your scope; an administrator of all of them changes it', 'ACCOUNT_OUTSIDE_SCOPE');
  }

  static async memberships(ctx: Context, args: MembershipListArgs): Promise<Membership[]> {
    const qb = UserService.membershipQuery(await ctx.db(), args.filter);
    const sortable = { role: 'm.role', userId: 'm.user_id', unitId: 'm.unit_id', createdAt: 'm.created_at', id: 'm.id' };
    return (await applyListArgs(qb, args, sortable, 'id', args.filter?.ids?.length).getMany()).map(toMembership);
  }

  static async countMemberships(ctx: Context, filter?: MembershipFilter): Promise<number> {
    return UserService.membershipQuery(await ctx.db(), filter).getCount();
  }

  private static membershipQuery(manager: Awaited<ReturnType<Context['db']>>, filter: MembershipFilter = {}) {
    const qb = manager.createQueryBuilder(MembershipEntity, 'm');
    if (filter.ids) qb.andWhere('m.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.q) qb.andWhere(`m.user_id in (select u.id from app_user u where ${USER_SEARCH('u')} like :pattern)`, { pattern: searchPattern(filter.q) });
    if (filter.userId) qb.andWhere('m.user_id = :userId', { userId: parseId('filter.userId', filter.userId) });
    if (filter.role) qb.andWhere('m.role = :role', { role: filter.role });
    if (filter.unitId) qb.andWhere('m.unit_id = :unitId', { unitId: parseId('filter.unitId', filter.unitId) });
    return qb;
  }

  static async membershipById(ctx: Context, id: string): Promise<Membership | null> {
    const row = await (await ctx.db()).findOne(MembershipEntity, { where: { id: parseId('id', id) } });
    return row ? toMembership(row) : null;
  }

  static async grant(ctx: Context, args: CreateMembershipArgs): Promise<Membership> {
    const userId = parseId('userId', args.userId);
    await UserService.assertManages(ctx, userId);
    const unitId = await UserService.unitForRole(ctx, args.role, args.unitId);
    return toMembership(await createAudited(ctx, MEMBERSHIP, { userId, role: args.role, unitId }));
  }

  static async changeMembership(ctx: Context, args: UpdateMembershipArgs): Promise<Membership> {
    const id = parseId('id', args.id);
    const current = await findReadable(await ctx.db(), MEMBERSHIP, id);
    await UserService.assertManages(ctx, current.userId);
    const role = args.role ?? (current.role as MemberRole);
    const unitId = await UserService.unitForRole(ctx, role, args.unitId ?? (current.unitId ? String(current.unitId) : undefined));
    return toMembership(await updateAudited(ctx, MEMBERSHIP, id, args.version, { role, unitId }));
  }

  static async revoke(ctx: Context, id: string, version: number): Promise<Membership> {
    const membershipId = parseId('id', id);
    const current = await findReadable(await ctx.db(), MEMBERSHIP, membershipId);
    await UserService.assertManages(ctx, current.userId);
    return toMembership(await deleteAudited(ctx, MEMBERSHIP, membershipId, version));
  }

  private static async unitForRole(ctx: Context, role: MemberRole, unitId?: string): Promise<number | null> {
    if (role === MemberRole.SYSTEM_ADMIN) {
      if (unitId) throw badInput('unitId', 'SYSTEM_ADMIN is granted without a unit', 'SYSTEM_ADMIN_HAS_NO_UNIT');
      return null;
    }
    if (!unitId) throw badInput('unitId', `${role} needs a unit`, 'ROLE_NEEDS_UNIT', { role });
    const id = await UserService.existingUnit(ctx, 'unitId', unitId);
    const unit = await (await ctx.db()).findOneByOrFail(AdminUnitEntity, { id });
    const level = LEVEL_OF_ROLE[role];
    if (level && unit.level !== level) {
      throw badInput('unitId', `${role} must be granted on a ${level.toLowerCase()}, not a ${unit.level.toLowerCase()}`, 'ROLE_UNIT_LEVEL', {
        role, level, unitLevel: unit.level,
      });
    }
    return id;
  }

  private static async existingUnit(ctx: Context, field: string, unitId: string): Promise<number> {
    const id = parseId(field, unitId);
    const exists = await (await ctx.db()).existsBy(AdminUnitEntity, { id });
    if (!exists) throw notFound('AdministrativeUnit', unitId);
    return id;
  }
}
