import type { Context } from '../../core/context';
import { forbidden } from '../../core/errors';

const PERSONAL_DATA = "Only the commune's own staff may record or read the parties of a case, or what it is about (personal data)";

/** The personal details of a case, each in its own table under the same policy. */
const PERSONAL = {
  parties: { table: 'mediation_case_parties', column: 'parties' },
  summary: { table: 'mediation_case_summary', column: 'summary' },
} as const;
export type PersonalDetail = keyof typeof PERSONAL;

/**
 * The parties of a case and what it is about: personal data in their own tables, which row-level
 * security opens to the commune's own staff only (policies mediation_case_parties_own_commune and
 * mediation_case_summary_own_commune). This service asks the same question first, so a refusal is
 * a clear FORBIDDEN instead of a policy violation.
 */
export class CasePartiesService {
  static async maySee(ctx: Context, unitPath: string): Promise<boolean> {
    const [row] = (await (await ctx.db()).query('select $1::ltree = any (app.personal_data_scope()) as allowed', [unitPath])) as { allowed: boolean }[];
    return row.allowed;
  }

  static async assertMayWrite(ctx: Context, unitPath: string): Promise<void> {
    if (!(await CasePartiesService.maySee(ctx, unitPath))) throw forbidden(PERSONAL_DATA, 'PERSONAL_DATA_COMMUNE_ONLY');
  }

  /** Sets (text) or removes (null, blank) one personal detail of a case; undefined leaves it alone. Says whether it was written. */
  static async writeDetail(ctx: Context, kase: { id: number; unitId: number; unitPath: string }, detail: PersonalDetail, value: string | null | undefined): Promise<boolean> {
    if (value === undefined) return false;
    await CasePartiesService.assertMayWrite(ctx, kase.unitPath);
    const text = value?.normalize('NFC').trim() ?? '';
    const { table, column } = PERSONAL[detail];
    const manager = await ctx.db();
    if (!text) {
      await manager.query(`delete from ${table} where case_id = $1`, [kase.id]);
    } else {
      await manager.query(
        `insert into ${table} (case_id, unit_id, ${column}) values ($1, $2, $3)
         on conflict (case_id) do update set ${column} = excluded.${column}`,
        [kase.id, kase.unitId, text],
      );
    }
    return true;
  }
}
