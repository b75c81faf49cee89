import DataLoader from 'dataloader';
import type { Context } from '../../core/context';
import { MembershipEntity, UserEntity } from './user.entity';
import { toMembership, toUser } from './user.service';
import type { Membership, User } from './user.type';

export const userLoaders = (ctx: Context) => ({
  membershipsOf: ctx.loaders.get('user.memberships', () =>
    new DataLoader<number, Membership[]>(async (userIds) => {
      const rows = await (await ctx.db())
        .createQueryBuilder(MembershipEntity, 'm')
        .where('m.user_id = any(:userIds)', { userIds })
        .orderBy('m.id')
        .getMany();
      return userIds.map((id) => rows.filter((row) => row.userId === id).map(toMembership));
    }),
  ),
  byId: ctx.loaders.get('user.byId', () =>
    new DataLoader<number, User | null>(async (ids) => {
      const rows = await (await ctx.db()).createQueryBuilder(UserEntity, 'u').where('u.id = any(:ids)', { ids }).getMany();
      return ids.map((id) => {
        const row = rows.find((candidate) => candidate.id === id);
        return row ? toUser(row) : null;
      });
    }),
  ),
});
