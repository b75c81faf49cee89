import type { PilotMessages } from './messages.en';

/** The pilot-selection screens' messages in Vietnamese (same keys as messages.en.ts). */
export const pilotsVi: PilotMessages = {
  resources: {
    PilotSelection: {
      name: 'Lựa chọn điểm |||| Lựa chọn điểm',
      fields: {
        id: 'Mã định danh', unitId: 'Đơn vị chọn', unit: 'Đơn vị chọn', planTaskId: 'Nhiệm vụ', planTask: 'Nhiệm vụ', year: 'Năm số liệu', count: 'Số được chọn',
        rationale: 'Lý do lựa chọn', chosenUnits: 'Xã điểm', chosenCandidates: 'Xã điểm, tổ hòa giải điểm', chosenByName: 'Người chọn', chosenAt: 'Thời điểm chọn', version: 'Phiên bản',
      },
    },
  },
  hoagiai: {
    pilots: {
      task: 'Nhiệm vụ có tiêu chí chọn điểm', year: 'Năm của số liệu xếp hạng', rank: 'Xếp hạng ứng viên', candidates: 'Các ứng viên',
      priorities: 'Thứ tự ưu tiên', choose: 'Chọn %{count} xã', chooseAny: 'Chọn các xã điểm', chosen: 'Đã chọn %{count}',
      chooseTeams: 'Chọn %{count} tổ hòa giải', chooseAnyTeams: 'Chọn các tổ hòa giải điểm', chosenTeams: 'Tổ hòa giải điểm',
      save: 'Lưu kết quả lựa chọn', saved: 'Đã lưu kết quả lựa chọn', criteria: 'Tiêu chí của nhiệm vụ', snapshot: 'Bảng xếp hạng tại thời điểm chọn',
      noTasks: 'Không có nhiệm vụ nào (mà bạn được xem) có tiêu chí chọn điểm.',
      column: { position: 'TT', rank: 'Hạng', commune: 'Xã, phường, thị trấn', parent: 'Đơn vị cấp trên', team: 'Tổ hòa giải', teamCommune: 'Xã, phường, thị trấn', fails: 'Chưa đạt tiêu chí hòa giải', rate: 'Tỷ lệ hòa giải thành', difficulty: 'Khó khăn (0–10)', chosen: 'Chọn' },
      tied: 'đồng hạng', yes: 'Có', no: 'Không', notAssessed: 'chưa đánh giá',
      priority: {
        FAILS_ACCESS_TO_LAW_MEDIATION_CRITERION: 'chưa đạt tiêu chí hòa giải ở cơ sở khi đánh giá chuẩn tiếp cận pháp luật',
        LOW_SETTLEMENT_RATE: 'tỷ lệ hòa giải thành thấp',
        MANY_DIFFICULTIES: 'nhiều khó khăn, vướng mắc',
        HIGH_SETTLEMENT_RATE: 'tỷ lệ hòa giải thành cao',
        MANY_CASES: 'nhiều vụ việc hòa giải (thành và không thành)',
      },
    },
  },
};
