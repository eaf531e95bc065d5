-- The audit trail: every create, change and delete of a record, and every read of a child's record.
create sequence audit_id_seq start with 1 increment by 50;

create table audit_event (
    id          bigint       primary key,
    happened_at timestamp    not null,
    username    varchar(60)  not null,
    action      varchar(10)  not null,
    record_type varchar(60)  not null,
    record_id   bigint       not null,
    child_id    bigint,
    changes     varchar(4000)
);
create index audit_event_record on audit_event (record_type, record_id);
create index audit_event_child on audit_event (child_id);

-- Periods during which a child was an unaccompanied asylum-seeking child (SSDA903 UASC file).
create table uasc_period (
    id         bigint  primary key,
    version    integer not null,
    child_id   bigint  not null references child (id),
    start_date date    not null,
    end_date   date,
    constraint uasc_dates check (end_date is null or end_date >= start_date)
);
create index uasc_period_child on uasc_period (child_id);
