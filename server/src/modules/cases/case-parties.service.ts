import type { Context } from '../../core/context';
import { forbidden } from '../../core/errors';

const PERSONAL_DATA = "Only the commune's own staff may record or read the parties of a case (personal data)";

/**
 * The parties of a case: personal data in their own table, which row-level security opens to the
 * commune's own staff only (policy mediation_case_parties_own_commune). This service asks the same
 * question first, so a refusal is a clear FORBIDDEN instead of a policy violation.
 */
export class CasePartiesService {
  static async maySee(ctx: Context, unitPath: string): Promise<boolean> {
    const [row] = (await (await ctx.db()).query('select $1::ltree = any (app.personal_data_scope()) as allowed', [unitPath])) as { allowed: boolean }[];
    return row.allowed;
  }

  static async assertMayWrite(ctx: Context, unitPath: string): Promise<void> {
    if (!(await CasePartiesService.maySee(ctx, unitPath))) throw forbidden(PERSONAL_DATA);
  }

  /** Sets (text) or removes (null, blank) the parties of a case; undefined leaves them alone. */
  static async write(ctx: Context, kase: { id: number; unitId: number; unitPath: string }, parties: string | null | undefined): Promise<boolean> {
    if (parties === undefined) return false;
    await CasePartiesService.assertMayWrite(ctx, kase.unitPath);
    const text = parties?.normalize('NFC').trim() ?? '';
    const manager = await ctx.db();
    if (!text) {
      await manager.query('delete from mediation_case_parties where case_id = $1', [kase.id]);
    } else {
      await manager.query(
        `insert into mediation_case_parties (case_id, unit_id, parties) values ($1, $2, $3)
         on conflict (case_id) do update set parties = excluded.parties`,
        [kase.id, kase.unitId, text],
      );
    }
    return true;
  }
}
