-- The coordinator divides the work: one person answers a theme or a single item (an item assignment wins).
create table assignment (
    assessment_id bigint      not null references assessment (id) on delete cascade,
    target_id     varchar(20) not null,
    user_id       bigint      not null references app_user (id),
    assigned_by   bigint      not null references app_user (id),
    assigned_at   timestamp with time zone not null,
    primary key (assessment_id, target_id)
);
create index assignment_user_idx on assignment (user_id);
