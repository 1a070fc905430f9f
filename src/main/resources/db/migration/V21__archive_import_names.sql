-- JSON archive import (issue 13): work done in another installation by people who have no account here is recorded
-- under the administrator who imported it, with the person's name kept beside it and shown instead. Accounts are
-- never created for them.
alter table audit_entry add column actor_name varchar(120);
alter table answer add column updated_by_name varchar(120);
alter table thread_message add column author_name varchar(120);
alter table plan_action_note add column author_name varchar(120);
