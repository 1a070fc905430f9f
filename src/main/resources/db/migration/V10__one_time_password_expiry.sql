-- A one-time password (set by someone else) stops working 72 hours after it was set if its owner has not replaced
-- it. One-time passwords that exist already get their 72 hours from this upgrade.
alter table app_user add column password_expires_at timestamp with time zone;
update app_user set password_expires_at = current_timestamp + interval '72' hour where must_change_password;
