import { ComplianceCode, type ComplianceReason, type TeamCompliance } from './mediation-team.type';

const LAW_ART_12 = 'Luật Hòa giải ở cơ sở 35/2013/QH13, Điều 12';

/** A row of the mediation_team_compliance view (the one definition of the rules, in SQL). */
export type ComplianceRow = {
  team_id: number;
  active_mediators: number;
  women: number;
  ethnic_minority: number;
  minority_area: boolean;
  reasons: string[];
  compliant: boolean;
};

const MESSAGES: Record<ComplianceCode, (row: ComplianceRow) => string> = {
  [ComplianceCode.NO_LEADER]: () => 'No active team leader (tổ trưởng) chosen among the mediators',
  [ComplianceCode.FEWER_THAN_3_MEDIATORS]: (row) => `${row.active_mediators} active mediator(s): a team needs at least 3 (ít nhất 03 hòa giải viên)`,
  [ComplianceCode.NO_WOMAN]: () => 'No woman among the active mediators (cần có hòa giải viên nữ)',
  [ComplianceCode.NO_ETHNIC_MINORITY]: () =>
    'No ethnic-minority mediator although the commune is a minority area (cần có hòa giải viên là người dân tộc thiểu số)',
};

export function toCompliance(row: ComplianceRow): TeamCompliance {
  const reasons: ComplianceReason[] = row.reasons.map((code) => {
    const known = code as ComplianceCode;
    return { code: known, message: MESSAGES[known](row), legalBasis: LAW_ART_12 };
  });
  return {
    compliant: row.compliant,
    reasons,
    activeMediators: row.active_mediators,
    women: row.women,
    ethnicMinority: row.ethnic_minority,
    minorityArea: row.minority_area,
  };
}
