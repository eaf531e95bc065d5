-- Going live (issue 20): user administration and council set-up outside demo mode.
-- A user whose password an administrator set (a reset, the first administrator) must change it.
alter table app_user add column must_change_password boolean default false not null;

-- Who changed which user, how and when (never a password or hash). Only ever added to.
create sequence user_change_seq start with 1 increment by 50;
create table user_change (
    id          bigint       primary key,
    happened_at timestamp    not null,
    actor       varchar(60)  not null,
    username    varchar(60)  not null,
    action      varchar(20)  not null,
    detail      varchar(400)
);
create index user_change_username on user_change (username);

-- The council's own standards, set by its administrator; null keeps the installation's default.
alter table council add column contact_days integer;
alter table council add column visit_days integer;
