import type { DashboardMessages } from './messages.en';

/** The dashboards' messages in Vietnamese (same keys as messages.en.ts). */
export const dashboardVi: DashboardMessages = {
  hoagiai: {
    dashboard: {
      title: 'Tổng quan', year: 'Năm', up: 'Lên %{unit}', mine: 'Đơn vị của tôi', pickUnit: 'Chọn một đơn vị để xem tổng quan.',
      loading: 'Đang tải tổng quan…', failed: 'Không tải được tổng quan.',
      units: 'Các đơn vị trực thuộc', unit: 'Đơn vị', report: 'Báo cáo năm %{year}', targets: 'Chỉ tiêu (đạt / chưa đạt / chưa có số liệu)',
      compliant: 'Tổ hòa giải đạt chuẩn hiện nay', shortfall: 'Tập huấn viên còn thiếu', noPool: 'chưa có nguồn', plan: 'Kế hoạch %{number}',
      planStatus: { NONE: 'Chưa có', DRAFTED: 'Đang dự thảo', ISSUED: 'Đã ban hành' },
      noReportOwed: 'Không phải báo cáo', notGenerated: 'Chưa lập', daysLate: 'trễ %{smart_count} ngày |||| trễ %{smart_count} ngày',
      due: 'hạn %{day}', late: 'Báo cáo trễ hạn và còn thiếu', noLate: 'Không có báo cáo trễ hạn hoặc còn thiếu.', open: 'Mở báo cáo',
      pilots: 'Xã chỉ đạo điểm', noPilots: 'Chưa chọn xã chỉ đạo điểm.', pilot: 'Chỉ đạo điểm',
      met: 'đạt', notMet: 'chưa đạt', noData: 'chưa có số liệu',
      kpi: { teams: 'Tổ hòa giải', mediators: 'Hòa giải viên', settlementRate: 'Tỷ lệ hòa giải thành', consolidatedShare: 'Tổ được kiện toàn', mediatorsTrainedShare: 'Hòa giải viên được tập huấn' },
      charts: {
        trend: 'Diễn biến qua các năm', children: 'So sánh các đơn vị trực thuộc', targets: 'Chỉ tiêu so với thực hiện', pilots: 'Xã chỉ đạo điểm so với các xã khác',
        target: 'Chỉ tiêu', actual: 'Thực hiện', indicator: 'Chỉ số', noTargets: 'Không có chỉ tiêu nào của kế hoạch đang thực hiện đo được ở đây.',
      },
      table: { title: 'Chỉ số qua các năm', indicator: 'Chỉ số', sort: 'Sắp xếp theo %{column}' },
      commune: {
        report: 'Báo cáo năm %{year}', generateSubmit: 'Lập và gửi báo cáo', generate: 'Lập dự thảo', submitted: 'Đã gửi báo cáo.',
        attention: 'Tổ hòa giải cần kiện toàn', noAttention: 'Mọi tổ hòa giải đều đạt chuẩn.', team: 'Tổ hòa giải', reasons: 'Lý do', activeMediators: 'Hòa giải viên đang hoạt động',
        untrained: 'Hòa giải viên chưa được tập huấn', noUntrained: 'Mọi hòa giải viên đều đã được tập huấn.', mediator: 'Hòa giải viên', electedOn: 'Ngày được bầu',
        more: 'Hiển thị %{shown} trên %{count}.',
      },
      analyst: { granted: 'Đơn vị được xem' },
    },
  },
};
