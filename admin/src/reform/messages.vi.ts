import type { ReformMessages } from './messages.en';

/** Messages of the 2025 reform screens in Vietnamese (same keys as reformEn). */
export const reformVi: ReformMessages = {
  resources: {
    HamletMove: {
      name: 'Thôn, ấp chuyển đơn vị |||| Thôn, ấp chuyển đơn vị',
      fields: {
        id: 'Mã', hamletId: 'Thôn, ấp', hamlet: 'Thôn, ấp', unitId: 'Chuyển đến', unit: 'Chuyển đến', fromUnitId: 'Chuyển từ', fromUnit: 'Chuyển từ',
        movedOn: 'Từ ngày', basis: 'Căn cứ', mapping: 'Phương án sắp xếp xã cũ', teams: 'Tổ hòa giải', mediators: 'Hòa giải viên', note: 'Ghi chú',
        movedById: 'Người phân bổ', createdAt: 'Ghi nhận lúc', q: 'Tìm kiếm',
      },
    },
    UnassignedHamlet: {
      name: 'Thôn, ấp chưa phân bổ |||| Thôn, ấp chưa phân bổ',
      fields: {
        id: 'Mã', name: 'Thôn, ấp', kind: 'Loại', unitId: 'Xã cũ', unit: 'Xã cũ', mapping: 'Phương án sắp xếp', teams: 'Tổ hòa giải', mediators: 'Hòa giải viên',
        candidates: 'Xã, phường có thể nhận', candidateUnitId: 'Có thể chuyển về', q: 'Tìm kiếm',
      },
    },
  },
  hoagiai: {
    reform: {
      carryOver: {
        button: 'Chuyển tiếp kế hoạch',
        title: 'Chuyển tiếp kế hoạch %{number}',
        help: 'Kế hoạch của đơn vị trước sắp xếp (năm 2025) được chuyển tiếp thành kế hoạch mới (dự thảo) của đơn vị kế thừa, gồm nhiệm vụ, chỉ tiêu, kinh phí, phân công, chế độ báo cáo và tiêu chí. Kế hoạch gốc giữ nguyên và chỉ được xem. Sau đó có thể triển khai kế hoạch mới tới các xã, phường.',
        confirm: 'Chuyển tiếp',
        done: 'Đã chuyển tiếp kế hoạch',
        from: 'Chuyển tiếp từ kế hoạch',
        by: 'Được chuyển tiếp bởi',
      },
      basis: { FULL_MAPPING: 'Theo phương án (nhập nguyên xã)', ASSIGNED: 'Tỉnh phân bổ', GENERATED: 'Bộ sinh dữ liệu mẫu chọn' },
      mapping: { FULL: 'Nhập nguyên', PARTIAL: 'Chia tách', UNMAPPED: 'Chưa có trong phương án' },
      assign: 'Phân bổ',
      assignTitle: 'Phân bổ "%{name}" về xã, phường từ ngày 01/7/2025',
      assignHelp: 'Thôn, ấp cùng tổ hòa giải và hòa giải viên chuyển về xã, phường được chọn từ ngày 01/7/2025. Dữ liệu ghi nhận trước đó vẫn thuộc xã cũ.',
      destination: 'Xã, phường',
      note: 'Căn cứ (nghị quyết, khảo sát ...)',
      assigned: 'Đã phân bổ thôn, ấp',
      unassignedNotice: '%{smart_count} thôn, ấp chưa được phân bổ về xã, phường mới |||| %{smart_count} thôn, ấp chưa được phân bổ về xã, phường mới',
    },
  },
};
