-- Published report editions: the file exactly as published (never updated), its hash, who published it and when.
create table report_edition (
    id           bigint       primary key,
    version      integer      not null,
    council_id   bigint       not null references council (id),
    kind         varchar(30)  not null,
    period       varchar(10)  not null,
    edition      integer      not null,
    file_format  varchar(10)  not null,
    built_from   varchar(200) not null,
    content      bytea        not null,
    size_bytes   integer      not null,
    sha256       varchar(64)  not null,
    published_by varchar(100) not null,
    published_at timestamp    not null,
    constraint report_edition_once unique (council_id, kind, period, edition, file_format),
    constraint report_edition_numbered check (edition > 0)
);
create index report_edition_period on report_edition (council_id, kind, period);
