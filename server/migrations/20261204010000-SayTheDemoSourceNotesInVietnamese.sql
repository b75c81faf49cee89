-- The demo plans' source notes ("Nguồn" on the plan page) were English sentences on the Vietnamese
-- console (issue 9): the seed files now say them in Vietnamese, and databases loaded before get the
-- same words. Only the seeds' exact texts change; a note a user wrote stays as it is.

update plan set source_note = 'Được dẫn chiếu tại Kế hoạch số 127/KH-UBND ngày 16/11/2021 của Ủy ban nhân dân huyện Mỹ Tú; chưa có toàn văn kế hoạch.'
 where source_note = 'Cited by Kế hoạch số 127/KH-UBND ngày 16/11/2021 của Ủy ban nhân dân huyện Mỹ Tú; the text of the plan is not in the sources.';
update plan set source_note = 'Toàn văn kế hoạch đã ký, kèm phụ lục (PHỤ LỤC CHI TIẾT).'
 where source_note = 'Full text of the signed plan with its appendix (PHỤ LỤC CHI TIẾT).';
update plan set source_note = 'Bản tóm tắt kế hoạch đã đăng tải ("Chi tiết văn bản tại đây", Thế Bảo); do Chủ tịch Ủy ban nhân dân tỉnh ban hành.'
 where source_note = 'Published summary of the plan ("Chi tiết văn bản tại đây", Thế Bảo); issued by the Chairman of the provincial People''s Committee.';
