-- The child's NHS number; households put on hold (not available for placements) and extended temporary approvals.
alter table child add column nhs_number varchar(10);

create table household_hold (
    id           bigint       primary key,
    version      integer      not null,
    household_id bigint       not null references foster_household (id),
    from_date    date         not null,
    to_date      date,
    reason       varchar(100) not null,
    constraint household_hold_dates check (to_date is null or to_date >= from_date)
);
create index household_hold_household on household_hold (household_id, from_date);

alter table approval_terms add column temporary_extended boolean default false not null;
