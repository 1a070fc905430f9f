-- Each city chooses whether its validated results may feed its hub's anonymous peer figures. Off by default.
alter table city add column peer_consent boolean default false not null;
