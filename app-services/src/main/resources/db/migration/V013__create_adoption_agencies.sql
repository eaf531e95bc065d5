-- A regional adoption agency: the councils that share one adoption service, hosted by one of them.
create table adoption_agency (
    id              bigint       primary key,
    version         integer      not null,
    name            varchar(120) not null,
    host_council_id bigint       not null unique references council (id)
);

create table adoption_agency_member (
    agency_id  bigint not null references adoption_agency (id),
    council_id bigint not null references council (id),
    primary key (agency_id, council_id)
);
