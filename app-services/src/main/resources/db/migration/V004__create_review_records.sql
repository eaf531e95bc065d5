-- Looked-after reviews, IRO allocations and escalations (dispute resolution).

create table looked_after_review (
    id            bigint      primary key,
    version       integer     not null,
    child_id      bigint      not null references child (id),
    period_start  date        not null,
    sequence      integer     not null check (sequence >= 1),
    due_date      date        not null,
    held_on       date        not null,
    participation varchar(3)  not null,
    chaired_by    varchar(60),
    constraint review_sequence_unique unique (child_id, period_start, sequence)
);
create index looked_after_review_held on looked_after_review (held_on);

create table iro_allocation (
    id        bigint      primary key,
    version   integer     not null,
    child_id  bigint      not null references child (id),
    iro       varchar(60) not null,
    from_date date        not null,
    to_date   date,
    constraint iro_allocation_dates check (to_date is null or to_date >= from_date)
);
create index iro_allocation_child on iro_allocation (child_id, from_date);
create index iro_allocation_iro on iro_allocation (iro);

create table escalation (
    id        bigint       primary key,
    version   integer      not null,
    child_id  bigint       not null references child (id),
    raised_by varchar(60)  not null,
    raised_on date         not null,
    stage     varchar(10)  not null,
    closed_on date,
    outcome   varchar(200)
);
create index escalation_child on escalation (child_id);

create table escalation_theme (
    escalation_id bigint      not null references escalation (id),
    theme         varchar(30) not null,
    primary key (escalation_id, theme)
);

create table escalation_step (
    id            bigint      primary key,
    version       integer     not null,
    escalation_id bigint      not null references escalation (id),
    stage         varchar(10) not null,
    entered_on    date        not null
);
create index escalation_step_escalation on escalation_step (escalation_id);
