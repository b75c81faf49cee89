import type { PlanMessages } from './messages.en';
import { planEditorVi } from './editor/messages';
import { planImportVi } from './import/messages';

/** The plan screens' messages in Vietnamese (same keys as plansEn). */
export const plansVi: PlanMessages = {
  resources: {
    Plan: {
      name: 'Kế hoạch |||| Kế hoạch',
      fields: {
        id: 'Mã định danh', number: 'Số, ký hiệu', title: 'Trích yếu', issuedOn: 'Ngày ban hành', issuingBody: 'Cơ quan ban hành', periodFrom: 'Từ năm',
        periodTo: 'Đến năm', status: 'Trạng thái', unitId: 'Đơn vị', unit: 'Đơn vị', parentId: 'Thực hiện kế hoạch', parent: 'Thực hiện kế hoạch',
        purposes: 'Mục đích', requirements: 'Yêu cầu', objectives: 'Mục tiêu', recipients: 'Nơi nhận', fundingSource: 'Kinh phí thực hiện',
        signerName: 'Người ký', signerCapacity: 'Thẩm quyền ký', signerOnBehalfOf: 'Thay mặt', preamble: 'Căn cứ', sourceNote: 'Nguồn',
        contentKnown: 'Có nội dung', budgetTotal: 'Kinh phí (triệu đồng)', cascadeStatus: 'Kế hoạch triển khai', year: 'Năm', q: 'Tìm kiếm',
        version: 'Phiên bản', responsibilitiesPreamble: 'Phân công nhiệm vụ',
        signerSignsFor: 'Ký thay (KT.)', archive: 'Lưu', placeOfIssue: 'Địa danh', updatedAt: 'Cập nhật lúc', createdAt: 'Tạo lúc',
      },
    },
    BudgetLine: {
      name: 'Dòng kinh phí |||| Dòng kinh phí',
      fields: {
        id: 'Mã định danh', planId: 'Kế hoạch', code: 'STT', title: 'Nội dung', amount: 'Kinh phí (triệu đồng/năm)', parentId: 'Thuộc dòng',
        scheduleKind: 'Thời gian', scheduleYear: 'Năm', scheduleNote: 'Thời gian thực hiện (nguyên văn)', rollUp: 'Cập nhật cả các dòng tổng', version: 'Phiên bản',
      },
    },
  },
  hoagiai: {
    planStatus: { DRAFT: 'Dự thảo', ISSUED: 'Đã ban hành', IN_PROGRESS: 'Đang thực hiện', CLOSED: 'Đã kết thúc' },
    scheduleKind: { YEARLY: 'Hàng năm', ONCE: 'Trong một năm', DATES: 'Theo ngày', YEARLY_FROM: 'Hàng năm, từ năm', SPAN: 'Giai đoạn', PART_OF_YEAR: 'Trong một phần của năm' },
    agencyLevel: { PROVINCE: 'cấp tỉnh', DISTRICT: 'cấp huyện', COMMUNE: 'cấp xã', SAME_LEVEL: 'cùng cấp', EVERY_LEVEL: 'các cấp' },
    comparator: { GT: '>', GTE: '≥', EQ: '=', LTE: '≤' },
    indicator: {
      TEAMS_CONSOLIDATED_SHARE: 'Tổ hòa giải được củng cố, kiện toàn',
      SETTLEMENT_RATE: 'Tỷ lệ hòa giải thành',
      SECRETARY_LED_SHARE: 'Bí thư chi bộ làm Tổ trưởng tổ hòa giải',
      MEDIATORS_TRAINED_SHARE: 'Hòa giải viên được tập huấn',
      NEW_MEDIATORS_TRAINED_SHARE: 'Hòa giải viên mới được tập huấn',
      TRAINERS_PER_TEAMS: 'Tập huấn viên trên số tổ hòa giải',
      TRAINERS_TRAINED_SHARE: 'Tập huấn viên được tập huấn',
      TEAMS_LEGAL_SUPPORT_SHARE: 'Tổ hòa giải có người có chuyên môn pháp luật hỗ trợ',
    },
    planEditor: planEditorVi,
    planImport: planImportVi,
    plans: {
      tabs: { summary: 'Kế hoạch', tasks: 'Nhiệm vụ', budget: 'Kinh phí', organisation: 'Tổ chức thực hiện', cascade: 'Kế hoạch triển khai', amendments: 'Sửa đổi' },
      chain: 'Thực hiện',
      period: 'Thời gian thực hiện',
      contentUnknown: 'Chỉ biết qua văn bản dẫn chiếu: chưa có nội dung.',
      lead: 'Cơ quan chủ trì',
      coordinating: 'Cơ quan phối hợp',
      targets: 'Chỉ tiêu',
      criteria: 'Tiêu chí',
      everyYear: 'hàng năm',
      byYear: 'đến năm %{year}',
      noTasks: 'Chưa có nhiệm vụ.',
      readOnly: 'Bạn chỉ được xem kế hoạch này: kế hoạch của đơn vị cấp trên (hoặc đã kết thúc) không sửa được ở đây.',
      responsibilities: 'Phân công nhiệm vụ',
      request: 'Đề nghị',
      reporting: 'Chế độ thông tin báo cáo',
      reportingRule: 'Báo cáo %{frequency}, %{before} ngày %{day}/%{month}, gửi %{to}',
      before: 'trước',
      by: 'đến',
      signer: 'Chữ ký',
      budget: {
        columnTotal: 'Tổng cộng phụ lục (mỗi năm)',
        yearTotal: 'Tổng năm %{year}',
        year: 'Năm',
        edit: 'Sửa',
        empty: 'Chưa có phụ lục kinh phí.',
        unit: 'triệu đồng',
      },
      cascade: {
        button: 'Triển khai xuống đơn vị',
        title: 'Tạo kế hoạch triển khai',
        help: 'Mỗi đơn vị được chọn nhận một dự thảo kế hoạch thực hiện kế hoạch này, kèm nhiệm vụ, chỉ tiêu và các dòng kinh phí. Đơn vị đã có kế hoạch được bỏ qua.',
        all: 'Tất cả',
        confirm: 'Tạo dự thảo',
        done: 'Đã tạo %{created} dự thảo; %{existing} đơn vị đã có kế hoạch',
        none: 'Chưa có kế hoạch nào thực hiện kế hoạch này.',
        status: '%{drafted} dự thảo, %{issued} đã ban hành, %{inProgress} đang thực hiện, %{closed} đã kết thúc (trên %{total})',
      },
      transition: {
        ISSUED: 'Ban hành', IN_PROGRESS: 'Bắt đầu thực hiện', CLOSED: 'Kết thúc', done: 'Kế hoạch đã chuyển sang: %{status}',
        confirm: {
          ISSUED: { title: 'Ban hành kế hoạch %{plan}?', content: 'Sau khi ban hành, số và ngày ban hành bị khóa; mọi thay đổi về sau được ghi lại thành sửa đổi, bổ sung. Các đơn vị thuộc phạm vi kế hoạch bắt đầu phải báo cáo theo kế hoạch.' },
          IN_PROGRESS: { title: 'Bắt đầu thực hiện kế hoạch %{plan}?', content: 'Kế hoạch chuyển sang đang thực hiện; mọi thay đổi tiếp tục được ghi lại thành sửa đổi, bổ sung.' },
          CLOSED: { title: 'Kết thúc kế hoạch %{plan}?', content: 'Sau khi kết thúc, kế hoạch bị khóa: không sửa nội dung, không triển khai thêm và không chuyển lại trạng thái trước được nữa.' },
        },
      },
      amendments: {
        none: 'Chưa có sửa đổi từ khi ban hành.', someone: 'Một người dùng', empty: '(trống)', yes: 'có', no: 'không',
        sentence: { CREATE: '%{who} đã thêm %{entity} %{subject}', UPDATE: '%{who} đã sửa %{entity} %{subject}', DELETE: '%{who} đã xóa %{entity} %{subject}' },
        entity: { Plan: 'kế hoạch', PlanTask: 'nhiệm vụ', Target: 'chỉ tiêu', BudgetLine: 'dòng kinh phí', Responsibility: 'phân công', ReportingRule: 'quy định báo cáo', TaskCriterion: 'tiêu chí' },
        fields: {
          code: 'Số thứ tự', title: 'Tên', description: 'Nội dung', leadText: 'Cơ quan chủ trì', coordinatingText: 'Cơ quan phối hợp', agencies: 'Cơ quan',
          labelStyle: 'Cách đánh số', scheduleKind: 'Thời gian', scheduleYear: 'Năm', scheduleYearTo: 'Đến năm', scheduleQuarter: 'Quý', scheduleBeforeDay: 'Trước ngày',
          scheduleBeforeMonth: 'Tháng', scheduleDates: 'Ngày', scheduleNote: 'Thời gian (nguyên văn)', indicator: 'Chỉ tiêu', comparator: 'So sánh', value: 'Giá trị',
          unit: 'Đơn vị tính', perQuantity: 'Trên số lượng', applies: 'Áp dụng', year: 'Năm', fromYear: 'Từ năm', toYear: 'Đến năm', note: 'Ghi chú', amount: 'Kinh phí (triệu đồng)',
          text: 'Nội dung', isRequest: 'Là đề nghị', frequency: 'Định kỳ', dueDay: 'Ngày', dueMonth: 'Tháng', dueBefore: 'Trước hạn', reporterLevels: 'Cấp báo cáo',
          receivingLabel: 'Cơ quan nhận', forwardedTo: 'Gửi tiếp', kind: 'Loại', parameters: 'Thông số',
        },
      },
      rollUpHelp: 'Dòng tổng phải bằng tổng các dòng con: chọn mục này để tính lại.',
    },
  },
};
