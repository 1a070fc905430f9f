-- Rounds over time (issue 12): a round started from the city's previous one copies the team's answers, each marked
-- "carried over, please confirm" with the round and the answer it came from. Changing a carried-over level needs a
-- short justification, kept with the answer and in the audit trail.
alter table answer add column carried_from bigint;
alter table answer add constraint answer_carried_from_fk
    foreign key (carried_from) references assessment (id) on delete set null;
alter table answer add column carried_state varchar(20);
alter table answer add constraint answer_carried_state_check
    check (carried_state is null or carried_state in ('LEVEL', 'NOT_APPLICABLE', 'DONT_KNOW'));
alter table answer add column carried_level integer;
alter table answer add constraint answer_carried_level_check
    check (carried_level is null or (carried_level between 0 and 4 and carried_state = 'LEVEL'));
alter table answer add column to_confirm boolean default false not null;
alter table answer add column justification varchar(500);

alter table audit_entry add column justification varchar(500);
