import type { ReportMessages } from './messages.en';

/** The report and indicator screens' messages in Vietnamese (same keys as messages.en.ts). */
export const reportsVi: ReportMessages = {
  resources: {
    Report: {
      name: 'Báo cáo năm |||| Báo cáo năm',
      fields: {
        id: 'Mã định danh', unitId: 'Đơn vị báo cáo', unit: 'Đơn vị báo cáo', withinUnitId: 'Đơn vị (và cấp dưới)', year: 'Năm', status: 'Trạng thái',
        timeliness: 'Đúng hạn?', daysLate: 'Số ngày trễ', dueDate: 'Hạn nộp', dueBefore: 'Nộp trước ngày hạn', submittedAt: 'Ngày gửi',
        firstSubmittedAt: 'Gửi lần đầu', approvedAt: 'Ngày duyệt', computedAt: 'Số liệu lấy lúc', level: 'Cấp', q: 'Tìm kiếm',
        version: 'Phiên bản', basis: 'Căn cứ báo cáo',
      },
    },
    Indicators: {
      name: 'Chỉ tiêu, số liệu |||| Chỉ tiêu, số liệu',
      fields: { unitId: 'Đơn vị', year: 'Năm' },
    },
  },
  hoagiai: {
    reportStatus: { DRAFT: 'Dự thảo', SUBMITTED: 'Đã gửi', APPROVED: 'Đã duyệt' },
    timeliness: { NOT_DUE: 'Chưa đến hạn', OVERDUE: 'Quá hạn', ON_TIME: 'Đúng hạn', LATE: 'Trễ hạn' },
    reportBasis: {
      REPORTER_LEVEL: 'Theo chế độ báo cáo của kế hoạch cấp trên',
      PLAN_OWNER: 'Báo cáo kế hoạch của đơn vị',
      CONSOLIDATING: 'Tổng hợp báo cáo của cấp dưới',
    },
    figure: {
      teams: 'Số tổ hòa giải', teamsConsolidated: 'Tổ được củng cố, kiện toàn', secretaryLedTeams: 'Tổ do Bí thư chi bộ làm tổ trưởng',
      mediators: 'Số hòa giải viên', mediatorsWomen: 'trong đó nữ', mediatorsEthnicMinority: 'trong đó dân tộc thiểu số', mediatorsTrained: 'trong đó đã được tập huấn',
      newMediators: 'Hòa giải viên mới được bầu', newMediatorsTrained: 'trong đó đã được tập huấn', casesReceived: 'Số vụ việc tiếp nhận', casesSettled: 'Hòa giải thành',
      casesNotSettled: 'Hòa giải không thành', casesInProgress: 'Đang giải quyết', settlementRate: 'Tỷ lệ hòa giải thành (thành / đã kết thúc)',
      consolidatedShare: 'Tỷ lệ tổ được củng cố', secretaryLedShare: 'Tỷ lệ tổ do Bí thư chi bộ làm tổ trưởng', mediatorsTrainedShare: 'Tỷ lệ hòa giải viên được tập huấn',
      newMediatorsTrainedShare: 'Tỷ lệ hòa giải viên mới được tập huấn', trainers: 'Tập huấn viên của đơn vị', trainersTrained: 'trong đó đã được tập huấn',
    },
    reports: {
      figures: 'Số liệu', figure: 'Chỉ số', value: 'Giá trị', computed: 'Tính từ dữ liệu', corrected: 'đã điều chỉnh',
      correct: 'Điều chỉnh', correctTitle: 'Điều chỉnh "%{figure}"', newValue: 'Giá trị mới', reason: 'Lý do', progress: 'Tiến độ thực hiện các nhiệm vụ',
      corrections: 'Các lần điều chỉnh', events: 'Lịch sử', warnings: 'Số liệu sau điều chỉnh không khớp nhau',
      submit: 'Gửi báo cáo', approve: 'Duyệt', reopen: 'Trả lại', reopenTitle: 'Trả báo cáo lại cho đơn vị báo cáo',
      submitted: 'Đã gửi báo cáo', approved: 'Đã duyệt báo cáo', reopened: 'Đã trả lại báo cáo', savedCorrection: 'Đã lưu điều chỉnh',
      missing: 'Đơn vị cấp dưới chưa gửi báo cáo', noneMissing: 'Tất cả đơn vị cấp dưới đã gửi báo cáo.',
      daysLate: 'trễ %{days} ngày', generate: 'Lập báo cáo', locked: 'Báo cáo đã duyệt bị khóa; cấp trên có thể trả lại.',
      event: { GENERATED: 'Lập báo cáo', REFRESHED: 'Cập nhật số liệu', CORRECTED: 'Điều chỉnh', SUBMITTED: 'Gửi báo cáo', APPROVED: 'Duyệt', REOPENED: 'Trả lại' },
      onTime: 'đúng hạn', late: 'trễ hạn', by: 'người dùng %{id}',
    },
    indicators: {
      title: 'Số liệu tổng hợp theo địa bàn', unit: 'Đơn vị', year: 'Năm', children: 'Đơn vị trực thuộc', targets: 'Chỉ tiêu của các kế hoạch',
      target: 'Chỉ tiêu', actual: 'Thực hiện', met: 'Đạt', notMet: 'Chưa đạt', noData: 'Chưa có số liệu', notDue: 'chưa đến hạn', pilot: 'Xã điểm',
      nonPilot: 'Các xã khác', comparison: 'So sánh xã điểm với các xã khác', pick: 'Chọn một đơn vị để xem số liệu.',
    },
  },
};
