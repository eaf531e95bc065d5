-- Requests for adoption and special guardianship support (assessments of need, Adoption and Special
-- Guardianship Support Fund applications, advice): counted by the adoption annual report.
create table adoption_support_request (
    id          bigint      primary key,
    version     integer     not null,
    council_id  bigint      not null references council (id),
    family_ref  varchar(20) not null,
    family      varchar(30) not null,
    kind        varchar(40) not null,
    received_on date        not null,
    closed_on   date,
    constraint support_closed_after check (closed_on is null or closed_on >= received_on)
);
create index adoption_support_council on adoption_support_request (council_id, received_on);
