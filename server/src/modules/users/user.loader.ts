import { moduleLoaders, type Context } from '../../core/context';
import { groupLoader, rowLoader } from '../../core/tenant-query';
import { MembershipEntity, UserEntity } from './user.entity';
import { toMembership, toUser } from './user.service';

export const userLoaders = moduleLoaders('userLoaders', {
  membershipsOf: (ctx) => groupLoader(
    ctx,
    'user.memberships',
    async (userIds: number[]) =>
      (await (await ctx.db()).createQueryBuilder(MembershipEntity, 'm').where('m.user_id = any(:userIds)', { userIds }).orderBy('m.id').getMany()).map(toMembership),
    (membership) => Number(membership.userId),
  ),
  byId: (ctx) => rowLoader(
    ctx,
    'user.byId',
    async (ids: number[]) => (await (await ctx.db()).createQueryBuilder(UserEntity, 'u').where('u.id = any(:ids)', { ids }).getMany()).map(toUser),
    (user) => Number(user.id),
  ),
});
