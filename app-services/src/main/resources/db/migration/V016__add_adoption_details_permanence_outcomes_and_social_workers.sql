-- What the SSDA903 return carries that the records did not yet hold: the reversal of a decision that a child should
-- be placed for adoption (PlacedAdoption), the adopters of a child adopted (AD1), a child's previous permanence order
-- (PrevPerm), social worker episodes (SWEpisodes, from 2023-24), and the OC2 outcomes a loaded return gave where they
-- say more than the dated health records here.
alter table adoption_journey add column decision_reversed_on date;
alter table adoption_journey add column decision_reversed_reason varchar(3);
alter table adoption_journey add column former_foster_carers boolean;
alter table adoption_journey add column adopters_number integer;
alter table adoption_journey add column adopters_sex varchar(2);
alter table adoption_journey add column adopters_legal_status varchar(3);

create table previous_permanence (
    id              bigint      primary key,
    version         integer     not null,
    child_id        bigint      not null references child (id),
    option_code     varchar(2)  not null,
    local_authority varchar(3),
    order_date      varchar(10),
    constraint previous_permanence_once unique (child_id)
);

create table social_worker_episode (
    id            bigint      primary key,
    version       integer     not null,
    child_id      bigint      not null references child (id),
    social_worker varchar(20) not null,
    start_date    date        not null,
    end_date      date,
    reason        varchar(6),
    constraint social_worker_episode_once unique (child_id, start_date)
);

create table oc2_return (
    id                    bigint     primary key,
    version               integer    not null,
    child_id              bigint     not null references child (id),
    collection_year       integer    not null,
    sdq_score             varchar(2),
    sdq_reason            varchar(4),
    convicted             varchar(1),
    health_check          varchar(1),
    immunisations         varchar(1),
    teeth_check           varchar(1),
    health_assessment     varchar(1),
    substance_misuse      varchar(1),
    intervention_received varchar(1),
    intervention_offered  varchar(1),
    constraint oc2_return_once unique (child_id, collection_year)
);
