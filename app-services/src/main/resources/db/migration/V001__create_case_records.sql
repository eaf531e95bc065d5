-- Case records: councils, children, foster households, care episodes (SSDA903), care leavers.
-- Written once for PostgreSQL and H2 (PostgreSQL mode): portable types only.

create sequence cp_id_seq start with 1 increment by 50;

create table council (
    id          bigint       primary key,
    version     integer      not null,
    la_code     varchar(3)   not null unique,
    name        varchar(120) not null
);

create table child (
    id            bigint      primary key,
    version       integer     not null,
    council_id    bigint      not null references council (id),
    child_ref     varchar(20) not null,
    upn           varchar(13),
    forename      varchar(60) not null,
    surname       varchar(60) not null,
    sex           varchar(1)  not null check (sex in ('1', '2')),
    date_of_birth date        not null,
    ethnicity     varchar(4)  not null,
    home_postcode varchar(8),
    constraint child_ref_unique unique (council_id, child_ref)
);

create table foster_household (
    id              bigint       primary key,
    version         integer      not null,
    council_id      bigint       not null references council (id),
    household_ref   varchar(20)  not null,
    name            varchar(120) not null,
    household_type  varchar(30)  not null,
    approved_on     date         not null,
    deregistered_on date,
    places          integer      not null check (places >= 1),
    age_from        integer      not null,
    age_to          integer      not null,
    postcode        varchar(8),
    constraint household_ref_unique unique (council_id, household_ref),
    constraint household_age_range check (age_from >= 0 and age_to <= 18 and age_from <= age_to)
);

create table episode (
    id                  bigint     primary key,
    version             integer    not null,
    child_id            bigint     not null references child (id),
    start_date          date       not null,
    end_date            date,
    reason_new          varchar(2) not null,
    legal_status        varchar(2) not null,
    category_of_need    varchar(2) not null,
    placement_type      varchar(3) not null,
    placement_provider  varchar(3),
    placement_postcode  varchar(8),
    household_id        bigint     references foster_household (id),
    reason_ceased       varchar(4),
    reason_place_change varchar(6),
    constraint episode_dates check (end_date is null or end_date >= start_date)
);
create index episode_child_start on episode (child_id, start_date);
create index episode_open on episode (end_date);

create table care_leaver (
    id               bigint      primary key,
    version          integer     not null,
    child_id         bigint      not null unique references child (id),
    eligibility      varchar(20) not null,
    eligible_from    date        not null,
    personal_adviser varchar(80)
);

create table app_user (
    username            varchar(60)  primary key,
    display_name        varchar(120) not null,
    password_hash       varchar(100) not null,
    password_salt       varchar(60)  not null,
    password_iterations integer      not null,
    enabled             boolean      not null,
    council_id          bigint       references council (id)
);

create table app_user_role (
    username varchar(60) not null references app_user (username),
    role     varchar(40) not null,
    primary key (username, role)
);
