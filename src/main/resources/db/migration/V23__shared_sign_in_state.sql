-- State that every app instance must share once there are several behind a proxy (docs/architecture.md).

-- Sessions of a person signed in before this moment end, on whichever instance they live: written when someone is
-- deactivated, has their password reset or changes it, or ends their other sessions. One row per person, kept.
create table session_cutoff (
    username     varchar(80) primary key,
    ended_before timestamp with time zone not null
);

-- Failed-or-pending sign-in attempts counted by the throttle, per user name, per address and per both; the key says
-- which (see LoginThrottle). Rows untouched for an hour are forgotten (deleted) on a schedule.
create table sign_in_attempts (
    counter_key  varchar(200) primary key,
    attempts     integer not null,
    last_attempt timestamp with time zone not null
);
create index sign_in_attempts_last_idx on sign_in_attempts (last_attempt);
