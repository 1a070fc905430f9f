-- Sensitivity labels (issue 13): an answer's note and its evidence links are each shareable (shown in reports and
-- exports) or internal (left out of them unless the person exporting includes internal material). Existing notes
-- and links were written as "what the answer rests on", for readers of the assessment: they stay shareable.
alter table answer add column comment_sensitivity varchar(10) default 'SHAREABLE' not null;
alter table answer add constraint answer_comment_sensitivity_check
    check (comment_sensitivity in ('SHAREABLE', 'INTERNAL'));
alter table answer add column evidence_sensitivity varchar(10) default 'SHAREABLE' not null;
alter table answer add constraint answer_evidence_sensitivity_check
    check (evidence_sensitivity in ('SHAREABLE', 'INTERNAL'));
