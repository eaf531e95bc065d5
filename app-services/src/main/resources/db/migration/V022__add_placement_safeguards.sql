-- Placement safeguards (issue 23): the exemption a foster placement outside the household's approval was made under;
-- the children named on a connected person's approval; the date of an alleged incident; a household review held early
-- and confirmed as a further review.
alter table episode add column exemption_basis varchar(30);
alter table episode add column exemption_reason varchar(500);
alter table episode add column exemption_agreed_by varchar(80);
alter table episode add column exemption_agreed_role varchar(80);
alter table episode add column exemption_agreed_on date;

create table household_named_child (
    id           bigint  primary key,
    version      integer not null,
    household_id bigint  not null references foster_household (id),
    child_id     bigint  not null references child (id),
    named_on     date    not null,
    constraint household_named_child_once unique (household_id, child_id)
);
create index household_named_child_child on household_named_child (child_id);

alter table allegation add column incident_date date;

alter table household_review add column confirmed_early boolean default false not null;
