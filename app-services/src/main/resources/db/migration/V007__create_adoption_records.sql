-- Adoption journeys and adopter households.
create table adopter_household (
    id            bigint      primary key,
    version       integer     not null,
    council_id    bigint      not null references council (id),
    household_ref varchar(20) not null,
    enquiry_on    date        not null,
    stage_one_on  date,
    stage_two_on  date,
    approved_on   date,
    withdrawn_on  date,
    constraint adopter_ref_unique unique (council_id, household_ref)
);

create table adoption_journey (
    id                   bigint  primary key,
    version              integer not null,
    child_id             bigint  not null unique references child (id),
    entered_care         date    not null,
    should_be_placed_on  date,
    placement_order_on   date,
    early_permanence_on  date,
    matched_on           date,
    placed_on            date,
    adoption_order_on    date,
    revoked_on           date,
    disrupted_on         date,
    adopter_household_id bigint  references adopter_household (id)
);
