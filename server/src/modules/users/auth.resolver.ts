import type { ServerResponse } from 'node:http';
import { Args, ArgsType, Authorized, Ctx, Field, Mutation, Query, Resolver } from 'type-graphql';
import { Length } from 'class-validator';
import type { Context } from '../../core/context';
import { callerOf } from '../../core/context';
import { unauthenticated } from '../../core/errors';
import { clearSessionCookie, setSessionCookie, type SessionToken } from '../../core/auth/session-cookie';
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

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'true: the session travels in an HttpOnly SameSite=Strict cookie (the console), and `token` is null; requests then send the header x-hoagiai-csrf',
  })
  cookie: boolean;
}

export type AuthContext = Context & {
  auth: AuthService;
  res: ServerResponse;
  /** The session token the request came with (bearer or cookie). */
  session?: SessionToken;
  secureCookies: boolean;
  clientAddress: string;
  /** Statements run outside the request's transaction (reading the session when it is not in memory). */
  outside: { statements: number };
};

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, {
    description: 'A bad password, an unknown email or a disabled account all answer UNAUTHENTICATED; repeated failures TOO_MANY_REQUESTS with retryAfterSeconds',
  })
  async login(@Args() { email, password, cookie }: LoginArgs, @Ctx() ctx: AuthContext): Promise<LoginResult> {
    const session = await ctx.auth.login(email, password, ctx.clientAddress);
    // The answer's fields (the user, its memberships) are read as the user who just signed in.
    const caller = await ctx.auth.authenticate(session.token);
    if (!caller) throw unauthenticated();
    ctx.caller = caller;
    ctx.scope = scopeOf(caller.memberships);
    ctx.tx.assume(ctx.scope, session.userId);
    const user = (await UserService.byId(ctx, String(session.userId)))!;
    if (cookie) setSessionCookie(ctx.res, session.token, session.expiresAt, ctx.secureCookies);
    return { token: cookie ? null : session.token, expiresAt: session.expiresAt, user };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the session this request was made with (its token stops working at once)' })
  async logout(@Ctx() ctx: AuthContext): Promise<boolean> {
    const ended = ctx.session ? await ctx.auth.logout(ctx.session.token) : false;
    if (ctx.session?.fromCookie) clearSessionCookie(ctx.res, ctx.secureCookies);
    return ended;
  }

  @Authorized()
  @Query(() => User, { description: 'The signed-in user, with memberships' })
  async me(@Ctx() ctx: Context): Promise<User> {
    const user = await UserService.byId(ctx, String(callerOf(ctx).userId));
    if (!user) throw unauthenticated();
    return user;
  }
}
