import type { TranslationMessages } from 'react-admin';
import type { AppMessages } from './en';
import { plansVi } from '../plans/messages.vi';
import { planPartsVi } from '../plans/parts/messages.vi';
import { pilotsVi } from '../pilots/messages.vi';
import { reportsVi } from '../reports/messages.vi';
import { groundVi } from '../teams/messages.vi';
import { reformVi } from '../reform/messages.vi';
import { catalogueVi } from '../indicators/messages.vi';
import { documentsVi } from '../documents/messages.vi';
import { dashboardVi } from '../dashboard/messages.vi';
import { raVietnamese } from './raVietnamese';

/** The console's own messages in Vietnamese (same keys as enApp). */
const viApp: AppMessages = {
  resources: {
    ...plansVi.resources,
    ...reportsVi.resources,
    ...pilotsVi.resources,
    ...groundVi.resources,
    ...reformVi.resources,
    ...catalogueVi.resources,
    TeamReview: {
      name: 'Kiện toàn tổ hòa giải |||| Kiện toàn tổ hòa giải',
      fields: {
        id: 'Mã', version: 'Phiên bản', createdAt: 'Tạo lúc', updatedAt: 'Cập nhật lúc', synthetic: 'Dữ liệu mẫu', q: 'Tìm kiếm',
        teamId: 'Tổ hòa giải', team: 'Tổ hòa giải', unitId: 'Xã', unit: 'Xã', year: 'Năm',
        reviewed: 'Đã rà soát', compliantAfter: 'Đã kiện toàn', note: 'Ghi chú',
      },
    },
    CaseYearlyCount: {
      name: 'Số liệu vụ việc theo năm |||| Số liệu vụ việc theo năm',
      fields: {
        id: 'Mã', version: 'Phiên bản', createdAt: 'Tạo lúc', updatedAt: 'Cập nhật lúc', synthetic: 'Dữ liệu mẫu', q: 'Tìm kiếm',
        teamId: 'Tổ hòa giải', team: 'Tổ hòa giải', unitId: 'Xã', unit: 'Xã', year: 'Năm',
        received: 'Số vụ việc tiếp nhận', settled: 'Hòa giải thành', notSettled: 'Hòa giải không thành', inProgress: 'Đang giải quyết', note: 'Ghi chú',
      },
    },
    CommuneProfile: {
      name: 'Hồ sơ xã |||| Hồ sơ xã',
      fields: {
        id: 'Mã', version: 'Phiên bản', createdAt: 'Tạo lúc', updatedAt: 'Cập nhật lúc', synthetic: 'Dữ liệu mẫu', q: 'Tìm kiếm',
        unitId: 'Xã', unit: 'Xã', minorityArea: 'Vùng đồng bào dân tộc thiểu số', difficultyScore: 'Mức độ khó khăn', difficulties: 'Khó khăn',
      },
    },
    AccessToLawAssessment: {
      name: 'Đánh giá chuẩn tiếp cận pháp luật |||| Đánh giá chuẩn tiếp cận pháp luật',
      fields: {
        id: 'Mã', version: 'Phiên bản', createdAt: 'Tạo lúc', updatedAt: 'Cập nhật lúc', synthetic: 'Dữ liệu mẫu', q: 'Tìm kiếm',
        unitId: 'Xã', unit: 'Xã', year: 'Năm', metStandard: 'Đạt chuẩn tiếp cận pháp luật',
        metMediationCriterion: 'Đạt tiêu chí hòa giải ở cơ sở', note: 'Ghi chú',
      },
    },
    AdministrativeUnit: {
      name: 'Đơn vị hành chính |||| Đơn vị hành chính',
      fields: {
        id: 'Mã định danh',
        code: 'Mã',
        name: 'Tên',
        type: 'Loại',
        level: 'Cấp',
        validFrom: 'Hiệu lực từ',
        validTo: 'Hiệu lực đến',
        validOn: 'Có hiệu lực vào ngày',
        parentId: 'Đơn vị cấp trên',
        parent: 'Đơn vị cấp trên',
        children: 'Đơn vị trực thuộc',
        successors: 'Đơn vị kế thừa',
        predecessors: 'Đơn vị tiền thân',
        names: 'Tên gọi',
        unmapped: 'Chưa ánh xạ',
        q: 'Tìm kiếm',
      },
    },
    Hamlet: {
      name: 'Thôn, tổ dân phố |||| Thôn, tổ dân phố',
      fields: {
        id: 'Mã định danh',
        unitId: 'Xã, phường',
        unit: 'Xã, phường',
        name: 'Tên',
        kind: 'Loại',
        version: 'Phiên bản',
        createdAt: 'Ngày tạo',
        updatedAt: 'Ngày cập nhật',
        q: 'Tìm kiếm',
      },
    },
    Agency: {
      name: 'Cơ quan, tổ chức |||| Cơ quan, tổ chức',
      fields: {
        id: 'Mã định danh',
        unitId: 'Đơn vị hành chính',
        unit: 'Đơn vị hành chính',
        name: 'Tên',
        kind: 'Loại',
        version: 'Phiên bản',
        createdAt: 'Ngày tạo',
        updatedAt: 'Ngày cập nhật',
        q: 'Tìm kiếm',
      },
    },
    User: {
      name: 'Người dùng |||| Người dùng',
      fields: {
        id: 'Mã định danh',
        email: 'Email',
        fullName: 'Họ và tên',
        active: 'Đang hoạt động',
        unitId: 'Đơn vị công tác',
        password: 'Mật khẩu',
        version: 'Phiên bản',
        memberships: 'Phân quyền',
        q: 'Tìm kiếm',
      },
    },
    Membership: {
      name: 'Phân quyền |||| Phân quyền',
      fields: {
        id: 'Mã định danh',
        userId: 'Người dùng',
        user: 'Người dùng',
        role: 'Vai trò',
        unitId: 'Đơn vị',
        unit: 'Đơn vị',
        version: 'Phiên bản',
      },
      userNotShown: 'Tài khoản ngoài phạm vi quản lý của bạn',
    },
  },
  hoagiai: {
    ...plansVi.hoagiai,
    ...planPartsVi.hoagiai,
    ...reportsVi.hoagiai,
    ...pilotsVi.hoagiai,
    ...groundVi.hoagiai,
    ...reformVi.hoagiai,
    ...catalogueVi.hoagiai,
    ...documentsVi.hoagiai,
    ...dashboardVi.hoagiai,
    title: 'Hòa giải ở cơ sở',
    errors: {
      conflict: 'Bản ghi này đã được người khác thay đổi sau khi bạn mở. Hãy tải lại rồi thực hiện lại thay đổi của bạn.',
      forbidden: 'Vai trò của bạn không được phép thực hiện thao tác này ở đơn vị này.',
      notFound: 'Không tìm thấy bản ghi (hoặc bạn không có quyền xem).',
      unauthenticated: 'Phiên đăng nhập đã hết hạn hoặc không hợp lệ. Vui lòng đăng nhập lại.',
      tooManyRequests: 'Có quá nhiều lần thử hoặc yêu cầu nặng cùng lúc. Vui lòng chờ một lát rồi thử lại.',
      serviceUnavailable: 'Hệ thống đang bận hoặc tạm thời gián đoạn; chưa có gì được lưu. Vui lòng thử lại sau giây lát.',
    },
    level: { PROVINCE: 'Cấp tỉnh', DISTRICT: 'Cấp huyện', COMMUNE: 'Cấp xã' },
    succession: { FULL: 'Toàn bộ', PARTIAL: 'Một phần' },
    role: {
      SYSTEM_ADMIN: 'Quản trị hệ thống',
      PROVINCE_ADMIN: 'Quản trị cấp tỉnh',
      DISTRICT_STAFF: 'Cán bộ cấp huyện',
      COMMUNE_STAFF: 'Cán bộ cấp xã',
      ANALYST: 'Cán bộ phân tích',
    },
    hamletKind: {
      THON: 'Thôn',
      AP: 'Ấp',
      KHOM: 'Khóm',
      TO_DAN_PHO: 'Tổ dân phố',
      BAN: 'Bản',
      BUON: 'Buôn',
      LANG: 'Làng',
      PHUM: 'Phum',
      SOC: 'Sóc',
      OTHER: 'Khác',
    },
    agencyKind: {
      PEOPLES_COMMITTEE: 'Ủy ban nhân dân',
      PEOPLES_COUNCIL: 'Hội đồng nhân dân',
      PARTY_COMMITTEE: 'Cấp ủy Đảng',
      JUSTICE: 'Tư pháp',
      FINANCE: 'Tài chính',
      FATHERLAND_FRONT: 'Ủy ban MTTQ',
      MASS_ORGANISATION: 'Tổ chức chính trị - xã hội',
      COURT: 'Tòa án',
      PROCURACY: 'Viện kiểm sát',
      POLICE: 'Công an',
      JURISTS_ASSOCIATION: 'Hội luật gia',
      BAR_ASSOCIATION: 'Đoàn luật sư',
      MEDIA: 'Truyền thanh - truyền hình',
      OTHER: 'Khác',
    },
    units: {
      unmapped: 'Đơn vị này chưa có đơn vị kế thừa: dữ liệu của nó chưa được ánh xạ sang đơn vị hành chính hiện hành.',
      current: 'Đang có hiệu lực',
      no_links: 'Không có',
      name_history: 'Tên gọi trước đây',
    },
    tenant: {
      label: 'Đơn vị làm việc',
      all: 'Tất cả đơn vị của tôi',
    },
    users: {
      password_help: 'Để trống nếu giữ nguyên mật khẩu hiện tại',
      add_membership: 'Thêm phân quyền',
    },
    records: {
      compliantAfterHelp: 'Tổ đã được kiện toàn đủ số lượng, thành phần theo luật sau lần rà soát này (chỉ khi đã rà soát).',
      minorityAreaHelp: 'Địa bàn có đông đồng bào dân tộc thiểu số: mỗi tổ cần có hòa giải viên là người dân tộc thiểu số.',
      difficultyScoreHelp: 'Từ 0 (không có) đến 10 (rất nhiều): dùng để xếp hạng xã được chọn chỉ đạo điểm.',
      mediationCriterionHelp: 'Xã chỉ đạo điểm được ưu tiên chọn trong số xã chưa đạt tiêu chí này.',
      addReview: 'Thêm kết quả kiện toàn',
      allReviews: 'Tất cả các năm',
      noReviews: 'Chưa có kết quả kiện toàn',
      addProfile: 'Thêm hồ sơ xã',
      addAssessment: 'Thêm đánh giá',
    },
    validation: {
      day: 'Ngày không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 16/11/2021.',
      dayPlaceholder: 'ngày/tháng/năm',
      pickDay: 'Chọn ngày',
    },
    export: {
      button: 'Xuất dữ liệu', xlsx: 'Excel (.xlsx)', csv: 'CSV (.csv)', failed: 'Không ghi được tệp.',
      truncated: 'Chỉ xuất %{count} dòng đầu: hãy lọc hẹp hơn.', yes: 'Có', no: 'Không',
      activeMediators: 'Hòa giải viên đang làm', women: 'trong đó nữ', complianceReasons: 'Lý do chưa đủ điều kiện',
    },
  },
};

/** The complete Vietnamese message set: react-admin's own messages and the console's. */
export const vietnameseMessages: TranslationMessages = {
  ra: {
    ...raVietnamese.ra,
    // The login form's first field is the email address.
    auth: { ...raVietnamese.ra.auth, username: 'Email' },
  },
  ...viApp,
};
