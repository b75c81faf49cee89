import { moduleLoaders, type Context } from '../../core/context';
import { groupLoader, rowLoader } from '../../core/tenant-query';

type CaseMediatorLink = { caseId: number; mediatorId: number };
type CaseParties = { caseId: number; parties: string };
type CaseSummary = { caseId: number; summary: string };

/** One factory for the module: each loader answers a batch of keys with one statement, under RLS. */
export const caseLoaders = moduleLoaders('caseLoaders', {
  mediatorIdsByCase: (ctx) => groupLoader<number, CaseMediatorLink>(ctx, 'cases.mediatorIdsByCase',
    async (caseIds) => (await (await ctx.db()).query(
      'select case_id, mediator_id from case_mediator where case_id = any($1) order by case_id, mediator_id', [caseIds],
    ) as { case_id: number; mediator_id: number }[]).map((row) => ({ caseId: row.case_id, mediatorId: row.mediator_id })),
    (row) => row.caseId),

  /** Row-level security returns parties only to the commune's own staff; everyone else gets nothing. */
  partiesByCase: (ctx) => rowLoader<number, CaseParties>(ctx, 'cases.partiesByCase',
    async (caseIds) => (await (await ctx.db()).query(
      'select case_id, parties from mediation_case_parties where case_id = any($1)', [caseIds],
    ) as { case_id: number; parties: string }[]).map((row) => ({ caseId: row.case_id, parties: row.parties })),
    (row) => row.caseId),

  /** What a case is about: personal data under the same rule as the parties. */
  summaryByCase: (ctx) => rowLoader<number, CaseSummary>(ctx, 'cases.summaryByCase',
    async (caseIds) => (await (await ctx.db()).query(
      'select case_id, summary from mediation_case_summary where case_id = any($1)', [caseIds],
    ) as { case_id: number; summary: string }[]).map((row) => ({ caseId: row.case_id, summary: row.summary })),
    (row) => row.caseId),
});
