-- Reminders of plan actions that are due soon or overdue, told in the app to the action's owner (or, when an outside
-- actor owns it, to the city's coordinators). An action remembers the due date each reminder was sent for, so a
-- new due date brings a new reminder and a reminder is never sent twice for the same date.
alter table plan_action add column reminded_due_soon date;
alter table plan_action add column reminded_overdue date;
create index plan_action_due_idx on plan_action (status, due_date);

-- A notification is now either a workflow step of a round (as before) or a reminder about an action of the plan.
alter table notification add column kind varchar(20) default 'STEP' not null;
alter table notification add column city_id bigint references city (id) on delete cascade;
alter table notification add column action_id bigint references plan_action (id) on delete cascade;
alter table notification add column action_title varchar(200);
alter table notification add column due_date date;
alter table notification alter column assessment_id drop not null;
alter table notification alter column status drop not null;
alter table notification alter column actor_name drop not null;
alter table notification alter column round_label drop not null;
alter table notification add constraint notification_kind_check_v15
    check (kind in ('STEP', 'ACTION_DUE_SOON', 'ACTION_OVERDUE'));
alter table notification add constraint notification_subject_check_v15
    check ((kind = 'STEP' and assessment_id is not null and status is not null and actor_name is not null
                and round_label is not null)
        or (kind <> 'STEP' and city_id is not null and action_id is not null and action_title is not null
                and due_date is not null));
