/** The official documents' download menu (plan and report pages), in English. */
export const documentsEn = {
  hoagiai: {
    documents: {
      button: 'Official document', docx: 'Word (.docx)', pdf: 'PDF (.pdf)', xlsx: 'Excel tables (.xlsx)',
      failed: 'The document could not be downloaded.',
    },
  },
};

export type DocumentMessages = typeof documentsEn;
