-- Health assessments and checks, missing episodes, education records and attendance.
create table health_assessment (
    id           bigint      primary key,
    version      integer     not null,
    child_id     bigint      not null references child (id),
    kind         varchar(10) not null,
    due_date     date        not null,
    completed_on date        not null
);
create index health_assessment_child on health_assessment (child_id, completed_on);

create table health_check (
    id         bigint      primary key,
    version    integer     not null,
    child_id   bigint      not null references child (id),
    kind       varchar(20) not null,
    checked_on date        not null,
    up_to_date boolean,
    score      integer check (score between 0 and 40)
);
create index health_check_child on health_check (child_id, kind, checked_on);

create table missing_episode (
    id                   bigint      primary key,
    version              integer     not null,
    child_id             bigint      not null references child (id),
    kind                 varchar(10) not null,
    start_date           date        not null,
    end_date             date,
    interview_offered_on date,
    interview_accepted   boolean,
    constraint missing_dates check (end_date is null or end_date >= start_date)
);
create index missing_episode_child on missing_episode (child_id, start_date);

create table education_record (
    id        bigint      primary key,
    version   integer     not null,
    child_id  bigint      not null references child (id),
    kind      varchar(20) not null,
    from_date date        not null,
    to_date   date,
    sessions  integer,
    constraint education_dates check (to_date is null or to_date >= from_date)
);
create index education_record_child on education_record (child_id, kind, from_date);

create table attendance (
    id                    bigint     primary key,
    version               integer    not null,
    child_id              bigint     not null references child (id),
    academic_year         integer    not null,
    term                  varchar(6) not null,
    sessions_possible     integer    not null,
    sessions_attended     integer    not null,
    unauthorised_absences integer    not null,
    constraint attendance_once unique (child_id, academic_year, term),
    constraint attendance_sessions check (sessions_attended between 0 and sessions_possible
        and unauthorised_absences between 0 and sessions_possible - sessions_attended)
);
