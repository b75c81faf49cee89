import type { GroundMessages } from './messages.en';

/** Messages of the work-on-the-ground screens in Vietnamese (same keys as groundEn). */
const record = { id: 'Mã', version: 'Phiên bản', createdAt: 'Tạo lúc', updatedAt: 'Cập nhật lúc', synthetic: 'Dữ liệu mẫu', q: 'Tìm kiếm' };

export const groundVi: GroundMessages = {
  resources: {
    MediationTeam: {
      name: 'Tổ hòa giải |||| Tổ hòa giải',
      fields: {
        ...record, name: 'Tên tổ', unitId: 'Xã', unit: 'Xã', hamletId: 'Thôn, ấp', hamlet: 'Thôn, ấp', leaderMediatorId: 'Tổ trưởng', leader: 'Tổ trưởng',
        formerUnit: 'Xã trước ngày 01/7/2025', movedOn: 'Thuộc xã này từ ngày', establishedOn: 'Ngày thành lập', status: 'Trạng thái', dissolvedOn: 'Ngày giải thể', compliant: 'Đủ điều kiện', compliance: 'Điều kiện luật định',
        mediators: 'Hòa giải viên', reviews: 'Kiện toàn hằng năm',
      },
    },
    Mediator: {
      name: 'Hòa giải viên |||| Hòa giải viên',
      fields: {
        ...record, fullName: 'Họ và tên', gender: 'Giới tính', birthYear: 'Năm sinh', ethnicity: 'Dân tộc', ethnicMinority: 'Dân tộc thiểu số',
        partyCellSecretary: 'Bí thư chi bộ', electedOn: 'Ngày bầu', voteShare: 'Tỷ lệ phiếu bầu (%)', recognitionDecisionNumber: 'Quyết định công nhận',
        recognitionDecisionDate: 'Ngày quyết định', trained: 'Đã tập huấn', trainedOn: 'Ngày tập huấn', status: 'Trạng thái', leftOn: 'Ngày thôi',
        teamId: 'Tổ hòa giải', team: 'Tổ hòa giải', unitId: 'Xã', unit: 'Xã', hamletId: 'Thôn, ấp',
      },
    },
    TrainerPool: {
      name: 'Đội ngũ tập huấn viên |||| Đội ngũ tập huấn viên',
      fields: {
        ...record, name: 'Tên', unitId: 'Đơn vị', unit: 'Đơn vị', periodFrom: 'Từ ngày', periodTo: 'Đến ngày', requiredAgencyKinds: 'Cơ quan phải có đại diện',
        note: 'Ghi chú', trainers: 'Tập huấn viên', shortfall: 'Yêu cầu', activeOn: 'Hiệu lực ngày',
      },
    },
    Trainer: {
      name: 'Tập huấn viên |||| Tập huấn viên',
      fields: {
        ...record, fullName: 'Họ và tên', gender: 'Giới tính', poolId: 'Đội ngũ', pool: 'Đội ngũ', agencyId: 'Cơ quan', agency: 'Cơ quan', agencyKind: 'Loại cơ quan',
        position: 'Chức vụ', expertise: 'Chuyên môn', trainedElsewhereOn: 'Đã được tập huấn nơi khác ngày', trained: 'Đã tập huấn', trainedOn: 'Ngày tập huấn',
      },
    },
    TrainingEvent: {
      name: 'Lớp tập huấn |||| Lớp tập huấn',
      fields: {
        ...record, title: 'Tên lớp', unitId: 'Đơn vị tổ chức', unit: 'Đơn vị tổ chức', startsOn: 'Từ ngày', endsOn: 'Đến ngày', audience: 'Đối tượng',
        location: 'Địa điểm', cost: 'Kinh phí (triệu đồng)', participants: 'Số người tham dự', planTaskId: 'Nhiệm vụ kế hoạch', year: 'Năm',
        trainerIds: 'Người giảng', trainers: 'Người giảng', attendeeMediatorIds: 'Hòa giải viên tham dự', attendeeMediators: 'Hòa giải viên tham dự',
        attendeeTrainerIds: 'Tập huấn viên tham dự', attendeeTrainers: 'Tập huấn viên tham dự', attendeeCount: 'Số học viên',
      },
    },
    MediationCase: {
      name: 'Vụ việc |||| Sổ theo dõi hoạt động hòa giải',
      forcedCaseName: 'vụ việc',
      fields: {
        ...record, receivedOn: 'Ngày tiếp nhận', category: 'Lĩnh vực', outcome: 'Kết quả', closedOn: 'Ngày kết thúc', teamId: 'Tổ hòa giải', team: 'Tổ hòa giải',
        unitId: 'Xã', unit: 'Xã', mediatorIds: 'Hòa giải viên', mediators: 'Hòa giải viên', parties: 'Các bên (thông tin cá nhân)', summary: 'Nội dung vụ việc (thông tin cá nhân)', year: 'Năm',
      },
    },
  },
  hoagiai: {
    teamStatus: { ACTIVE: 'Đang hoạt động', DISSOLVED: 'Đã giải thể' },
    mediatorStatus: { ACTIVE: 'Đang làm', LEFT: 'Đã thôi' },
    gender: { FEMALE: 'Nữ', MALE: 'Nam' },
    compliance: {
      NO_LEADER: 'Chưa có tổ trưởng',
      FEWER_THAN_3_MEDIATORS: 'Dưới 3 hòa giải viên',
      NO_WOMAN: 'Chưa có hòa giải viên nữ',
      NO_ETHNIC_MINORITY: 'Chưa có hòa giải viên dân tộc thiểu số',
    },
    audience: { MEDIATORS: 'Hòa giải viên', TRAINERS: 'Tập huấn viên', COMMUNE_JUSTICE_OFFICERS: 'Công chức tư pháp cấp xã' },
    caseCategory: { LAND: 'Đất đai', MARRIAGE_FAMILY: 'Hôn nhân và gia đình', CIVIL: 'Dân sự', NEIGHBOURHOOD: 'Mâu thuẫn láng giềng', OTHER: 'Khác' },
    caseOutcome: { SETTLED: 'Hòa giải thành', NOT_SETTLED: 'Không thành', IN_PROGRESS: 'Đang giải quyết' },
    ground: {
      complianceBasis: 'Luật Hòa giải ở cơ sở 35/2013/QH13, Điều 12',
      compliant: 'Đủ điều kiện',
      activeMediators: '%{active} đang làm, %{women} nữ',
      meets: 'Đội ngũ đạt yêu cầu của Quyết định 315/QĐ-TTg và cơ cấu thành phần.',
      shortTrainers: 'Thiếu %{missing} tập huấn viên',
      shortKinds: 'chưa đủ cơ quan theo cơ cấu thành phần',
      rule: 'Quyết định 315/QĐ-TTg: ít nhất 1 tập huấn viên cấp %{level} / %{ratio} tổ hòa giải',
      ruleLevel: { PROVINCE: 'tỉnh', DISTRICT: 'huyện' },
      figures: 'Cần %{required} tập huấn viên cho %{teams} tổ hòa giải đang hoạt động (1 / %{ratio} tổ); hiện có %{actual}, đã tập huấn %{trained}.',
      missingKinds: 'Cơ quan chưa có đại diện',
      addTrainer: 'Thêm tập huấn viên',
      parties_hidden: 'Chỉ công chức của xã được xem thông tin các bên và nội dung vụ việc.',
      badge: 'Có %{actual} / cần %{required}',
      badgeHelp: 'Đội ngũ có %{actual} tập huấn viên; theo Quyết định 315/QĐ-TTg cần %{required} (1 tập huấn viên cho %{ratio} tổ hòa giải đang hoạt động; đơn vị có %{teams} tổ).',
      badgeColumn: 'Tập huấn viên: có / cần',
      expired: 'Hết hiệu lực từ %{day}',
      expiredHelp: 'Thời hạn của đội ngũ đã hết: không còn tập huấn; số liệu tính theo hiện tại.',
      column: { teams: 'Tổ hòa giải đang hoạt động', required: 'Số tập huấn viên cần có', actual: 'Số tập huấn viên hiện có', trained: 'Đã được tập huấn', missing: 'Còn thiếu', meets: 'Đạt yêu cầu' },
      synthetic: 'Dữ liệu mẫu',
    },
  },
};
