import type { DocumentMessages } from './messages.en';

/** The official documents' download menu in Vietnamese (same keys as documentsEn). */
export const documentsVi: DocumentMessages = {
  hoagiai: {
    documents: {
      button: 'Tải văn bản', docx: 'Word (.docx)', pdf: 'PDF (.pdf)', xlsx: 'Bảng số liệu Excel (.xlsx)',
      failed: 'Không tải được văn bản.',
    },
  },
};
