import type { PlanPartsMessages } from './messages.en';

/** Các thông điệp của màn hình phân công nhiệm vụ, chế độ báo cáo, tiêu chí nhiệm vụ và sao chép kế hoạch. */
export const planPartsVi: PlanPartsMessages = {
  hoagiai: {
    planParts: {
      tabs: { responsibilities: 'Phân công nhiệm vụ', reportingRules: 'Chế độ báo cáo', criteria: 'Tiêu chí nhiệm vụ' },
      add: 'Thêm', edit: 'Sửa', delete: 'Xóa', up: 'Lên trên', down: 'Xuống dưới', save: 'Lưu', saved: 'Đã lưu', deleted: 'Đã xóa',
      none: 'Chưa có nội dung.', position: 'Thứ tự',
      responsibility: {
        title: 'Phân công nhiệm vụ', text: 'Nội dung (nguyên văn)', isRequest: 'Đề nghị (“Đề nghị ...”) với cơ quan không thuộc quyền chỉ đạo của UBND',
        request: 'Đề nghị', agencies: 'Giao cho', agencyId: 'Cơ quan', agencyKind: 'hoặc loại cơ quan', agencyLevel: 'cấp', label: 'Cách gọi trong văn bản',
      },
      rule: {
        title: 'Chế độ báo cáo', frequency: 'Định kỳ', dueDay: 'Ngày', dueMonth: 'Tháng', dueBefore: 'Thời hạn', before: 'trước ngày',
        by: 'chậm nhất ngày', reporterLevels: 'Cấp báo cáo', reporters: 'Đơn vị báo cáo (nguyên văn)',
        receivingAgencyId: 'Gửi về', receivingLabel: 'Cơ quan nhận (nguyên văn)', forwardedTo: 'Để tổng hợp, báo cáo', note: 'Nội dung mục (nguyên văn)',
        summary: '%{frequency}, %{before} %{day}/%{month}, gửi %{to}',
      },
      criterion: {
        title: 'Tiêu chí nhiệm vụ', task: 'Nhiệm vụ', kind: 'Loại', text: 'Nội dung (nguyên văn)',
        selectedBy: 'Cơ quan lựa chọn', together: 'Phối hợp với', agencyKind: 'Cơ quan', level: 'Cấp', within: 'Phạm vi', candidateLevel: 'Đối tượng chọn',
        count: 'Số lượng chọn (để trống: “một số”)', priorities: 'Thứ tự ưu tiên', priority: 'Ưu tiên', priorityMode: 'Cách áp dụng ưu tiên',
        conditional: 'Tùy theo tình hình thực tế', levels: 'Các cấp', actions: 'Hoạt động', ensure: 'Bảo đảm', ratios: 'Tỷ lệ',
        trainers: 'Số tập huấn viên', perTeams: 'trên số tổ hòa giải', composition: 'Thành phần từ', topics: 'Nội dung tập huấn', when: 'Khi', trainees: 'Đối tượng',
        minMediatorsPerTeam: 'Số hòa giải viên tối thiểu mỗi tổ', minWomenPerTeam: 'Số hòa giải viên nữ tối thiểu mỗi tổ',
      },
      copy: {
        button: 'Sao chép kế hoạch', title: 'Sao chép kế hoạch này', help: 'Tạo một dự thảo mới của đơn vị bạn với đủ nhiệm vụ, chỉ tiêu, kinh phí, phân công, chế độ báo cáo và tiêu chí. Nhập giai đoạn mới để các năm được chuyển theo.',
        periodFrom: 'Từ năm', periodTo: 'Đến năm', newTitle: 'Trích yếu (để trống: giữ nguyên)', confirm: 'Sao chép', done: 'Đã tạo bản sao',
      },
      kind: {
        PILOT_SELECTION: 'Chỉ đạo điểm', TRAINER_POOL: 'Đội ngũ tập huấn viên', TRAINER_TRAINING: 'Tập huấn cho tập huấn viên', MEDIATOR_WORKFORCE: 'Đội ngũ hòa giải viên',
        MEDIATOR_TRAINING: 'Tập huấn cho hòa giải viên',
      },
      frequency: { YEARLY: 'Hằng năm', HALF_YEARLY: 'Sáu tháng', QUARTERLY: 'Hằng quý', MONTHLY: 'Hằng tháng', ONCE: 'Một lần' },
      level: { PROVINCE: 'Cấp tỉnh', DISTRICT: 'Cấp huyện', COMMUNE: 'Cấp xã' },
      within: { PLAN_UNIT: 'toàn địa bàn kế hoạch', EACH_DISTRICT: 'từng huyện chọn trong các xã của mình' },
      candidateLevel: { COMMUNE: 'Đơn vị cấp xã', TEAM: 'Tổ hòa giải' },
      priorityMode: { ANY: 'đạt một ưu tiên là đủ (“hoặc”)', ALL: 'đạt tất cả' },
      priority: {
        LOW_SETTLEMENT_RATE: 'Tỷ lệ hòa giải thành thấp', MANY_DIFFICULTIES: 'Nhiều khó khăn, vướng mắc',
        FAILS_ACCESS_TO_LAW_MEDIATION_CRITERION: 'Chưa đạt tiêu chí hòa giải ở cơ sở của chuẩn tiếp cận pháp luật',
        HIGH_SETTLEMENT_RATE: 'Tỷ lệ hòa giải thành cao', MANY_CASES: 'Nhiều vụ việc',
      },
      action: { REVIEW: 'Rà soát', CONSOLIDATE: 'Kiện toàn', ASSESS: 'Đánh giá', ADD: 'Bổ sung hòa giải viên', REPLACE: 'Thay thế hòa giải viên' },
      ensure: { NUMBER: 'Số lượng', COMPOSITION: 'Thành phần', STANDARDS: 'Tiêu chuẩn' },
      topic: { METHOD: 'Phương pháp', PRACTICE: 'Nghiệp vụ', SKILLS: 'Kỹ năng', LAW: 'Pháp luật' },
      condition: { TEAM_LACKS_MEDIATORS: 'Tổ còn thiếu hòa giải viên', MEDIATORS_UNDERPERFORM: 'Hòa giải viên hoạt động chưa hiệu quả' },
      trainees: { MEDIATORS: 'Hòa giải viên', NEW_MEDIATORS: 'Hòa giải viên mới được bầu' },
      agencyKind: {
        PEOPLES_COMMITTEE: 'Ủy ban nhân dân', PEOPLES_COUNCIL: 'Hội đồng nhân dân', PARTY_COMMITTEE: 'Cấp ủy', JUSTICE: 'Tư pháp',
        FINANCE: 'Tài chính', FATHERLAND_FRONT: 'Mặt trận Tổ quốc', MASS_ORGANISATION: 'Tổ chức chính trị - xã hội', COURT: 'Tòa án', PROCURACY: 'Viện kiểm sát',
        POLICE: 'Công an', JURISTS_ASSOCIATION: 'Hội Luật gia', BAR_ASSOCIATION: 'Đoàn Luật sư', MEDIA: 'Báo chí', OTHER: 'Khác',
      },
      agencyLevel: { PROVINCE: 'cấp tỉnh', DISTRICT: 'cấp huyện', COMMUNE: 'cấp xã', SAME_LEVEL: 'cùng cấp', EVERY_LEVEL: 'các cấp' },
    },
  },
};
