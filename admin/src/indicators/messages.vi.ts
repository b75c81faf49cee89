import type { CatalogueMessages } from './messages.en';

/** Thông điệp của danh mục chỉ tiêu bằng tiếng Việt (cùng khóa với messages.en.ts). */
export const catalogueVi: CatalogueMessages = {
  resources: {
    Indicator: {
      name: 'Chỉ tiêu |||| Danh mục chỉ tiêu',
      forcedCaseName: 'chỉ tiêu',
      fields: {
        id: 'Mã số', code: 'Mã', name: 'Tên (tiếng Việt)', nameEn: 'Tên (tiếng Anh)', unit: 'Đơn vị tính', description: 'Mô tả',
        measurement: 'Cách đo', measure: 'Cách tính có sẵn', builtin: 'Có sẵn', unitId: 'Đơn vị sở hữu', ownerUnit: 'Đơn vị sở hữu',
        national: 'Chỉ chỉ tiêu toàn quốc', version: 'Phiên bản', createdAt: 'Tạo lúc', updatedAt: 'Cập nhật lúc', q: 'Tìm kiếm',
      },
    },
  },
  hoagiai: {
    catalogue: {
      name: 'Tên',
      national: 'Toàn quốc',
      targetUnit: { PERCENT: 'Tỷ lệ (%)', COUNT: 'Số lượng', MILLION_VND: 'Triệu đồng' },
      measurement: { COMPUTED: 'Tính tự động từ dữ liệu', REPORTED: 'Đơn vị nhập trong báo cáo năm' },
      measure: {
        TEAMS_CONSOLIDATED_SHARE: 'Tỷ lệ tổ hòa giải được củng cố, kiện toàn', SETTLEMENT_RATE: 'Tỷ lệ hòa giải thành',
        SECRETARY_LED_SHARE: 'Tỷ lệ tổ do Bí thư chi bộ làm tổ trưởng', MEDIATORS_TRAINED_SHARE: 'Tỷ lệ hòa giải viên được tập huấn',
        NEW_MEDIATORS_TRAINED_SHARE: 'Tỷ lệ hòa giải viên mới được tập huấn', TRAINERS_PER_TEAMS: 'Số tập huấn viên trên số tổ hòa giải',
        TRAINERS_TRAINED_SHARE: 'Tỷ lệ tập huấn viên được tập huấn (mọi nguồn bên dưới)',
      },
      status: { MET: 'Đạt', NOT_MET: 'Chưa đạt', NOT_DUE: 'Chưa đến hạn', NO_DATA: 'Chưa có số liệu', NOT_APPLICABLE: 'Không áp dụng' },
      codeHelp: 'Chữ in hoa không dấu, chữ số và dấu _ (ví dụ LEGAL_AID_SHARE); không đổi sau khi tạo',
      reported: 'Số liệu chỉ tiêu do đơn vị nhập',
      reportedHelp: 'Với tỷ lệ, nhập số đạt được (tử số) và tổng số (mẫu số); cấp trên cộng dồn cả hai.',
      numerator: 'Tử số', denominator: 'Mẫu số', value: 'Giá trị', total: 'Tổng của đơn vị và các đơn vị trực thuộc', save: 'Lưu', clear: 'Xóa',
      noData: 'Chưa có số liệu', saved: 'Đã lưu số liệu', cleared: 'Đã xóa số liệu', none: 'Không có chỉ tiêu nào cần nhập trong báo cáo.',
    },
  },
};
