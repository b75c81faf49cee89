-- Issue 7 (part a): the enum values a fully editable plan needs. Alone in this migration because
-- a value added by ALTER TYPE cannot be used in the transaction that adds it; the next migration
-- (20261202100100-EditPlansFully.sql) uses them.

-- Decree 30/2020/NĐ-CP document kinds (tên loại) and the legal documents plans cite.
alter type legal_document_kind add value if not exists 'RESOLUTION';      -- Nghị quyết
alter type legal_document_kind add value if not exists 'PROGRAMME';       -- Chương trình
alter type legal_document_kind add value if not exists 'REPORT';          -- Báo cáo
alter type legal_document_kind add value if not exists 'OFFICIAL_LETTER'; -- Công văn
alter type legal_document_kind add value if not exists 'CIRCULAR';        -- Thông tư
alter type legal_document_kind add value if not exists 'DECREE';          -- Nghị định
alter type legal_document_kind add value if not exists 'LAW';             -- Luật

-- Timing of a task: every year from a year, a span of years, a part of the year.
alter type schedule_kind add value if not exists 'YEARLY_FROM';
alter type schedule_kind add value if not exists 'SPAN';
alter type schedule_kind add value if not exists 'PART_OF_YEAR';

-- A target due in each year of a span ("giai đoạn 2021 - 2025, hàng năm").
alter type target_applies add value if not exists 'FROM_TO';
