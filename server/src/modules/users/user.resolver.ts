import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { unitById, type UnitAnswer } from '../units/unit.loader';
import { AdministrativeUnit } from '../units/unit.type';
import {
  CreateMembershipArgs, CreateUserArgs, MembershipListArgs, MembershipMetaArgs, UpdateMembershipArgs, UpdateUserArgs, UserListArgs, UserMetaArgs,
} from './user.args';
import { userLoaders } from './user.loader';
import { UserService } from './user.service';
import { Membership, User } from './user.type';

/** Accounts: administrators (system, province) manage them within their own scope. */
@Resolver(() => User)
export class UserResolver {
  @Authorized()
  @Query(() => User, { nullable: true })
  User(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<User | null> {
    return UserService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [User])
  allUsers(@Args() args: UserListArgs, @Ctx() ctx: Context): Promise<User[]> {
    return UserService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allUsersMeta(@Args() args: UserMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await UserService.count(ctx, args.filter) };
  }

  @Authorized('ADMIN')
  @Mutation(() => User)
  createUser(@Args() args: CreateUserArgs, @Ctx() ctx: Context): Promise<User> {
    return UserService.create(ctx, args);
  }

  @Authorized('ADMIN')
  @Mutation(() => User)
  updateUser(@Args() args: UpdateUserArgs, @Ctx() ctx: Context): Promise<User> {
    return UserService.update(ctx, args);
  }

  @Authorized('ADMIN')
  @Mutation(() => User)
  deleteUser(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<User> {
    return UserService.remove(ctx, id, version);
  }

  @FieldResolver(() => [Membership])
  memberships(@Root() user: User, @Ctx() ctx: Context): Promise<Membership[]> {
    return userLoaders(ctx).membershipsOf.load(Number(user.id));
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  unit(@Root() user: User, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, user.unitId);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @Authorized()
  @Query(() => Membership, { nullable: true })
  Membership(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Membership | null> {
    return UserService.membershipById(ctx, id);
  }

  @Authorized()
  @Query(() => [Membership])
  allMemberships(@Args() args: MembershipListArgs, @Ctx() ctx: Context): Promise<Membership[]> {
    return UserService.memberships(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allMembershipsMeta(@Args() args: MembershipMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await UserService.countMemberships(ctx, args.filter) };
  }

  @Authorized('ADMIN')
  @Mutation(() => Membership)
  createMembership(@Args() args: CreateMembershipArgs, @Ctx() ctx: Context): Promise<Membership> {
    return UserService.grant(ctx, args);
  }

  @Authorized('ADMIN')
  @Mutation(() => Membership)
  updateMembership(@Args() args: UpdateMembershipArgs, @Ctx() ctx: Context): Promise<Membership> {
    return UserService.changeMembership(ctx, args);
  }

  @Authorized('ADMIN')
  @Mutation(() => Membership)
  deleteMembership(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<Membership> {
    return UserService.revoke(ctx, id, version);
  }

  @FieldResolver(() => User, { nullable: true })
  user(@Root() membership: Membership, @Ctx() ctx: Context): Promise<User | null> {
    return userLoaders(ctx).byId.load(Number(membership.userId));
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  unit(@Root() membership: Membership, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, membership.unitId);
  }
}
