-- The audit trail also records who answers an item or a theme: old and new user ids, by whom, when.
alter table audit_entry drop constraint audit_entry_kind_check_v8;
alter table audit_entry add constraint audit_entry_kind_check_v11
    check (kind in ('ANSWER', 'TARGET', 'STATUS', 'COMMENT', 'ASSIGNMENT'));
