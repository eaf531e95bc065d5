-- Care leavers: contacts, accommodation and activity periods, pathway plans, staying put, OC3 checks.
alter table care_leaver add column service_closed_on date;

create table care_leaver_contact (
    id             bigint      primary key,
    version        integer     not null,
    care_leaver_id bigint      not null references care_leaver (id),
    contact_date   date        not null,
    method         varchar(15) not null,
    successful     boolean     not null,
    worker         varchar(60)
);
create index care_leaver_contact_leaver on care_leaver_contact (care_leaver_id, contact_date);

create table care_leaver_period (
    id             bigint      primary key,
    version        integer     not null,
    care_leaver_id bigint      not null references care_leaver (id),
    kind           varchar(15) not null,
    from_date      date        not null,
    to_date        date,
    code           varchar(3)  not null,
    suitable       boolean,
    constraint care_leaver_period_dates check (to_date is null or to_date >= from_date)
);
create index care_leaver_period_leaver on care_leaver_period (care_leaver_id, kind, from_date);

create table pathway_plan (
    id             bigint  primary key,
    version        integer not null,
    care_leaver_id bigint  not null references care_leaver (id),
    completed_on   date    not null
);
create index pathway_plan_leaver on pathway_plan (care_leaver_id, completed_on);

create table staying_put (
    id             bigint  primary key,
    version        integer not null,
    care_leaver_id bigint  not null references care_leaver (id),
    household_id   bigint  not null references foster_household (id),
    start_date     date    not null,
    end_date       date
);

create table birthday_check (
    id             bigint     primary key,
    version        integer    not null,
    care_leaver_id bigint     not null references care_leaver (id),
    birthday_age   integer    not null check (birthday_age between 17 and 21),
    birthday       date       not null,
    in_touch       varchar(4) not null,
    activity       varchar(2) not null,
    accommodation  varchar(2) not null,
    constraint birthday_check_once unique (care_leaver_id, birthday_age)
);
