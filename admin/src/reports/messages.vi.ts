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
    ReportObligation: {
      name: 'Báo cáo phải nộp |||| Báo cáo phải nộp',
      fields: { unitId: 'Đơn vị báo cáo', year: 'Năm', q: 'Tìm kiếm', withinUnitId: 'Đơn vị (và cấp dưới)', level: 'Cấp', outstanding: 'Chưa gửi' },
    },
    Indicators: {
      name: 'Chỉ tiêu, số liệu |||| Chỉ tiêu, số liệu',
      fields: { unitId: 'Đơn vị', year: 'Năm' },
    },
  },
  hoagiai: {
    reportStatus: { DRAFT: 'Dự thảo', SUBMITTED: 'Đã gửi', APPROVED: 'Đã duyệt' },
    reportAction: { SUBMIT: 'gửi', APPROVE: 'duyệt', REOPEN: 'trả lại', CORRECT: 'điều chỉnh', WITHDRAW: 'rút' },
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
      submitted: 'Đã gửi báo cáo', approved: 'Đã duyệt báo cáo', reopened: 'Đã trả lại báo cáo', withdrawn: 'Đã rút bản dự thảo', savedCorrection: 'Đã lưu điều chỉnh',
      action: { SUBMIT: 'Gửi báo cáo', APPROVE: 'Duyệt', REOPEN: 'Trả lại', WITHDRAW: 'Rút bản dự thảo' },
      confirm: {
        SUBMIT: {
          title: 'Gửi báo cáo năm %{year} của %{unit}?',
          content: 'Số liệu được tính lại từ dữ liệu và chốt tại thời điểm gửi. Sau khi gửi, đơn vị không điều chỉnh được nữa; chỉ cấp trên có thể trả lại báo cáo.',
        },
        APPROVE: {
          title: 'Duyệt báo cáo năm %{year} của %{unit}?',
          content: 'Báo cáo đã duyệt bị khóa: không ai sửa được. Bạn vẫn có thể trả lại báo cáo sau này, kèm lý do.',
        },
        REOPEN: {
          title: 'Trả lại báo cáo năm %{year} của %{unit}?',
          content: 'Báo cáo trở về dự thảo: đơn vị báo cáo được điều chỉnh và phải gửi lại. Việc đúng hạn hay trễ hạn vẫn tính theo lần gửi đầu tiên. Hãy nêu lý do.',
        },
        WITHDRAW: {
          title: 'Rút bản dự thảo báo cáo năm %{year} của %{unit}?',
          content: 'Bản dự thảo cùng các điều chỉnh và lịch sử của nó sẽ bị xóa, như chưa từng được lập. Dùng khi báo cáo được lập nhầm; có thể lập lại sau.',
        },
      },
      history: {
        GENERATED: '%{who} đã lập báo cáo.',
        REFRESHED: '%{who} đã cập nhật số liệu từ dữ liệu.',
        CORRECTED: '%{who} đã điều chỉnh số liệu: %{reason}.',
        SUBMITTED: '%{who} đã gửi báo cáo (%{timing}).',
        APPROVED: '%{who} đã duyệt báo cáo.',
        REOPENED: '%{who} đã trả lại báo cáo: %{reason}.',
        someone: 'Một người dùng không còn trong hệ thống',
        correction: '%{who} đã sửa “%{figure}” từ %{previous} thành %{value} (số tính từ dữ liệu: %{computed}). Lý do: %{reason}.',
        task: 'tiến độ nhiệm vụ %{task}',
      },
      print: 'In báo cáo', export: 'Xuất dữ liệu', task: 'Nhiệm vụ', printTitle: 'Báo cáo kết quả công tác hòa giải ở cơ sở năm %{year} – %{unit}',
      warning: { exceeds: '“%{part}” lớn hơn “%{whole}”', casesSum: 'số vụ tiếp nhận khác tổng số vụ hòa giải thành, không thành và đang giải quyết' },
      obligations: {
        year: 'Năm báo cáo', notGenerated: 'Chưa lập', generate: 'Lập báo cáo', view: 'Xem',
        outstanding: 'Chưa gửi', none: 'Không có kế hoạch nào có hiệu lực trong năm này yêu cầu các đơn vị bạn xem được phải báo cáo.',
      },
      missing: 'Đơn vị cấp dưới chưa gửi báo cáo', noneMissing: 'Tất cả đơn vị cấp dưới đã gửi báo cáo.',
      daysLate: 'trễ %{days} ngày', generate: 'Lập báo cáo', locked: 'Báo cáo đã duyệt bị khóa; cấp trên có thể trả lại.',
      event: { GENERATED: 'Lập báo cáo', REFRESHED: 'Cập nhật số liệu', CORRECTED: 'Điều chỉnh', SUBMITTED: 'Gửi báo cáo', APPROVED: 'Duyệt', REOPENED: 'Trả lại' },
      onTime: 'đúng hạn', late: 'trễ hạn',
    },
    indicators: {
      plan: 'Kế hoạch · nhiệm vụ', verdict: 'Kết quả', title: 'Số liệu tổng hợp theo địa bàn', unit: 'Đơn vị', year: 'Năm', children: 'Đơn vị trực thuộc', targets: 'Chỉ tiêu của các kế hoạch',
      target: 'Chỉ tiêu', actual: 'Thực hiện', met: 'Đạt', notMet: 'Chưa đạt', noData: 'Chưa có số liệu', notDue: 'chưa đến hạn', pilot: 'Xã điểm',
      nonPilot: 'Các xã khác', comparison: 'So sánh xã điểm với các xã khác', pick: 'Chọn một đơn vị để xem số liệu.',
      series: 'Số liệu qua các năm (kể cả trước khi sắp xếp đơn vị hành chính năm 2025)', coverage: 'Mức bao phủ',
      coverageNote: 'Số liệu tính %{covered} tổ hòa giải; còn %{pending} tổ thuộc các thôn, ấp chưa phân bổ sẽ về đơn vị này (%{share} đã tính)%{maybe}.',
      coverageMaybe: ', và %{maybe} tổ có thể về hoặc không',
      abolished: 'Đơn vị đã giải thể sau ngày %{endedOn}: không có số liệu của năm này. Đơn vị kế thừa: %{successors}.',
      mean: 'Trung bình các xã', pooled: 'Gộp chung',
    },
  },
};
