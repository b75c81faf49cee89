import { Args, ArgsType, Authorized, Ctx, Field, Mutation, Query, Resolver } from 'type-graphql';
import { Length } from 'class-validator';
import type { Context } from '../../core/context';
import { callerOf } from '../../core/context';
import { scopeOf } from '../../core/tenancy/scope';
import { UserService } from './user.service';
import { LoginResult, User } from './user.type';
import type { AuthService } from './auth.service';

@ArgsType()
class LoginArgs {
  @Field()
  @Length(1, 200)
  email: string;

  @Field()
  @Length(1, 200)
  password: string;
}

export type AuthContext = Context & { auth: AuthService };

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, { description: 'A bad password, an unknown email or a disabled account all answer UNAUTHENTICATED' })
  async login(@Args() { email, password }: LoginArgs, @Ctx() ctx: AuthContext): Promise<LoginResult> {
    const session = await ctx.auth.login(email, password);
    // The answer's fields (the user, its memberships) are read as the user who just signed in.
    ctx.caller = await ctx.auth.caller(session.userId);
    ctx.scope = scopeOf(ctx.caller.memberships);
    ctx.tx.assume(ctx.scope, session.userId);
    const user = (await UserService.byId(ctx, String(session.userId)))!;
    return { token: session.token, expiresAt: session.expiresAt, user };
  }

  @Authorized()
  @Query(() => User, { description: 'The signed-in user, with memberships' })
  async me(@Ctx() ctx: Context): Promise<User | null> {
    return UserService.byId(ctx, String(callerOf(ctx).userId));
  }
}
