import { Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';

/**
 * The console's year pickers default to the latest year that has data for the caller, not to
 * "last year": in December 2026 that is 2026 for today's units and 2024 for a district abolished in
 * 2025. PERF: each max() reads one index on year backwards under row-level security.
 */
@Resolver()
export class DataYearResolver {
  @Authorized()
  @Query(() => Int, { nullable: true, description: 'The latest year with data the caller may read (team reviews, paper case counts, reports); null when it reads none' })
  async latestDataYear(@Ctx() ctx: Context): Promise<number | null> {
    const [row]: { year: number | null }[] = await (await ctx.db()).query(
      `select greatest((select max(year) from team_review), (select max(year) from case_yearly_count), (select max(year) from report)) as year`);
    return row?.year ?? null;
  }
}
