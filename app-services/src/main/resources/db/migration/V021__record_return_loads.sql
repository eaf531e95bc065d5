-- Each stored SSDA903 load (issue 18): who loaded which files (each with its SHA-256) for which collection years, when,
-- the report's totals per file, and what it did to the records so that the most recent load can be undone as a whole:
-- the records it made (type, identifier, version after the load) and the records it changed (the same, with each
-- changed field's old and new value as the audit trail writes them), both packed (gzip) in one value each.
create table ssda903_load (
    id          bigint        primary key,
    version     integer       not null,
    council_id  bigint        not null references council (id),
    loaded_at   timestamp     not null,
    loaded_by   varchar(60)   not null,
    years       varchar(200)  not null,
    files       varchar(8000) not null,
    totals      varchar(8000) not null,
    made        bytea         not null,
    changed     bytea         not null,
    made_count    integer     not null,
    changed_count integer     not null,
    state       varchar(10)   not null,
    undone_at   timestamp,
    undone_by   varchar(60)
);
create index ssda903_load_latest on ssda903_load (council_id, loaded_at);
