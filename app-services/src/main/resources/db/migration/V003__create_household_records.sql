-- Fostering households: approval terms as a history, deregistration reasons, reviews, visits,
-- allegations and complaints.

create table approval_terms (
    id                bigint      primary key,
    version           integer     not null,
    household_id      bigint      not null references foster_household (id),
    effective_from    date        not null,
    effective_to      date,
    legal_basis       varchar(20) not null,
    places            integer     not null check (places between 1 and 6),
    age_from          integer     not null,
    age_to            integer     not null,
    temporary_expires date,
    reason            varchar(200),
    constraint terms_ages check (age_from >= 0 and age_to <= 18 and age_from <= age_to),
    constraint terms_dates check (effective_to is null or effective_to >= effective_from)
);
create index approval_terms_household on approval_terms (household_id, effective_from);

-- The terms held on the household itself become its first terms.
insert into approval_terms (id, version, household_id, effective_from, effective_to, legal_basis, places, age_from,
                            age_to, reason)
select nextval('cp_id_seq'), 0, id, approved_on, deregistered_on, 'FULL', places, age_from, age_to, 'Approval'
from foster_household;

alter table foster_household drop constraint household_age_range;
alter table foster_household drop column places;
alter table foster_household drop column age_from;
alter table foster_household drop column age_to;
alter table foster_household add column deregistration_reason varchar(30);
update foster_household set deregistration_reason = 'OTHER' where deregistered_on is not null;

create table household_review (
    id           bigint      primary key,
    version      integer     not null,
    household_id bigint      not null references foster_household (id),
    due_date     date        not null,
    held_on      date        not null,
    outcome      varchar(20) not null,
    to_panel     boolean     not null
);
create index household_review_household on household_review (household_id, held_on);

create table supervisory_visit (
    id           bigint      primary key,
    version      integer     not null,
    household_id bigint      not null references foster_household (id),
    visit_date   date        not null,
    unannounced  boolean     not null,
    worker       varchar(80)
);
create index supervisory_visit_household on supervisory_visit (household_id, visit_date);

create table allegation (
    id            bigint      primary key,
    version       integer     not null,
    household_id  bigint      not null references foster_household (id),
    child_id      bigint      references child (id),
    referral_date date        not null,
    category      varchar(20) not null,
    outcome       varchar(20),
    outcome_date  date
);
create index allegation_household on allegation (household_id);

create table complaint (
    id               bigint      primary key,
    version          integer     not null,
    household_id     bigint      not null references foster_household (id),
    received_date    date        not null,
    complainant_type varchar(30) not null,
    stage            varchar(10) not null,
    outcome          varchar(20),
    closed_date      date
);
create index complaint_household on complaint (household_id);
