import type { OfficialReport, ReportFigureName, ReportedTarget } from './official-report';

/**
 * The tables of a yearly report, defined once: the DOCX prints them, the XLSX gives one sheet each.
 * Cells are text, or numbers the renderers format (Vietnamese decimal comma in the document,
 * numbers in the workbook).
 */
export type ReportColumn = { header: string; width: number; align: 'left' | 'center' | 'right' };
export type ReportCell = string | number | null;
export type ReportTable = { sheet: string; title: string; columns: ReportColumn[]; rows: ReportCell[][]; note: string | null };

const LABELS: Record<ReportFigureName, string> = {
  teams: 'Tổ hòa giải',
  teamsConsolidated: 'Tổ hòa giải được củng cố, kiện toàn trong năm',
  secretaryLedTeams: 'Tổ hòa giải do Bí thư chi bộ làm Tổ trưởng',
  mediators: 'Hòa giải viên',
  mediatorsWomen: 'Trong đó: nữ',
  mediatorsEthnicMinority: 'Trong đó: người dân tộc thiểu số',
  mediatorsTrained: 'Hòa giải viên đã được tập huấn, bồi dưỡng',
  newMediators: 'Hòa giải viên mới được bầu trong năm',
  newMediatorsTrained: 'Trong đó: đã được tập huấn, bồi dưỡng',
  casesReceived: 'Vụ việc tiếp nhận',
  casesSettled: 'Hòa giải thành',
  casesNotSettled: 'Hòa giải không thành',
  casesInProgress: 'Đang giải quyết',
};

/** Each figure and the figure its share is of (consolidated teams of all teams ...). */
const SHARE_OF: Partial<Record<ReportFigureName, ReportFigureName>> = {
  teamsConsolidated: 'teams', secretaryLedTeams: 'teams', mediatorsWomen: 'mediators', mediatorsEthnicMinority: 'mediators',
  mediatorsTrained: 'mediators', newMediatorsTrained: 'newMediators', casesSettled: 'casesReceived', casesNotSettled: 'casesReceived', casesInProgress: 'casesReceived',
};

/** A percentage to one decimal, or null without a denominator. */
export function percent(part: number | null, whole: number | null): number | null {
  if (part == null || whole == null || whole === 0) return null;
  return Math.round((part * 1000) / whole) / 10;
}

/** Settled / (settled + not settled): cases in progress are not concluded (as the reports module computes it). */
export const settlementRate = (report: OfficialReport) => {
  const { casesSettled, casesNotSettled } = report.figures;
  return percent(casesSettled, casesSettled == null || casesNotSettled == null ? null : casesSettled + casesNotSettled);
};

const FIGURE_COLUMNS: ReportColumn[] = [
  { header: 'STT', width: 13, align: 'center' }, { header: 'Nội dung', width: 92, align: 'left' },
  { header: 'Số lượng', width: 30, align: 'right' }, { header: 'Tỷ lệ (%)', width: 30, align: 'right' },
];

function figureRows(report: OfficialReport, names: readonly ReportFigureName[]): ReportCell[][] {
  return names.map((name, index) => {
    const of = SHARE_OF[name];
    return [String(index + 1), `${LABELS[name]}${report.corrected.includes(name) ? ' (*)' : ''}`, report.figures[name], of ? percent(report.figures[name], report.figures[of]) : null];
  });
}

const CORRECTED_NOTE = '(*) Số liệu đã được điều chỉnh so với số liệu tổng hợp từ hệ thống, có ghi rõ lý do.';

const SYMBOL = { GT: 'trên', GTE: 'từ', EQ: '', LTE: 'không quá' } as const;
function goal(target: ReportedTarget): string {
  const value = `${target.value.replace('.', ',')}${target.unit === 'PERCENT' ? '%' : ''}`;
  const words = target.comparator === 'GTE' ? `từ ${value} trở lên` : `${SYMBOL[target.comparator]} ${value}`.trim();
  if (target.applies === 'BY_YEAR') return `${words} đến năm ${target.year}`;
  if (target.applies === 'FROM_TO') return `${words} hàng năm, từ năm ${target.fromYear} đến năm ${target.toYear}`;
  return `${words} hàng năm`;
}

/**
 * "Đạt", "Chưa đạt", "Chưa đến hạn" for a target due later (or outside its years) and not met yet,
 * "Chưa có số liệu" when nothing was measured, "Không áp dụng" for a unit outside the plan's.
 */
export function verdict(target: ReportedTarget): string {
  switch (target.status) {
    case 'MET': return 'Đạt';
    case 'NOT_MET': return 'Chưa đạt';
    case 'NOT_DUE': return target.met ? 'Đạt' : target.met == null && target.applies !== 'FROM_TO' ? 'Chưa có số liệu' : 'Chưa đến hạn';
    case 'NO_DATA': return 'Chưa có số liệu';
    case 'NOT_APPLICABLE': return 'Không áp dụng';
    default: break;
  }
  if (target.met == null) return 'Chưa có số liệu';
  if (target.met) return 'Đạt';
  return target.due ? 'Chưa đạt' : 'Chưa đến hạn';
}

export function reportTables(report: OfficialReport): ReportTable[] {
  const corrected = (names: readonly ReportFigureName[]) => (names.some((name) => report.corrected.includes(name)) ? CORRECTED_NOTE : null);
  const teams = ['teams', 'teamsConsolidated', 'secretaryLedTeams', 'mediators', 'mediatorsWomen', 'mediatorsEthnicMinority', 'mediatorsTrained', 'newMediators', 'newMediatorsTrained'] as const;
  const cases = ['casesReceived', 'casesSettled', 'casesNotSettled', 'casesInProgress'] as const;
  const caseRows = figureRows(report, cases);
  caseRows.push([String(cases.length + 1), 'Tỷ lệ hòa giải thành (thành / (thành + không thành))', null, settlementRate(report)]);
  return [
    { sheet: 'To hoa giai', title: `Tổ hòa giải và hòa giải viên năm ${report.year}`, columns: FIGURE_COLUMNS, rows: figureRows(report, teams), note: corrected(teams) },
    { sheet: 'Vu viec', title: `Kết quả hòa giải năm ${report.year}`, columns: FIGURE_COLUMNS, rows: caseRows, note: corrected(cases) },
    {
      sheet: 'Chi tieu', title: `So sánh với chỉ tiêu của kế hoạch năm ${report.year}`,
      columns: [
        { header: 'STT', width: 13, align: 'center' }, { header: 'Chỉ tiêu', width: 56, align: 'left' }, { header: 'Nhiệm vụ', width: 18, align: 'center' },
        { header: 'Mục tiêu', width: 30, align: 'center' }, { header: 'Kết quả', width: 22, align: 'right' }, { header: 'Đánh giá', width: 26, align: 'center' },
      ],
      rows: report.targets.map((target, index) => [
        String(index + 1), target.indicator, target.taskCode ?? 'Kế hoạch', goal(target), target.actual == null ? null : Number(target.actual), verdict(target),
      ]),
      note: null,
    },
  ];
}
