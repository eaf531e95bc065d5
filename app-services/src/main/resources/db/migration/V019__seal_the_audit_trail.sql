-- The audit trail's seals: each event, in the order it was sealed, with a hash over the event and the previous
-- seal's hash (domain.audit.AuditChain), so that changing or removing a sealed event breaks the chain from there on.
-- Rows are only ever added (on PostgreSQL a trigger refuses UPDATE, DELETE and TRUNCATE here and on audit_event).
create table audit_seal (
    seal_no    bigint      primary key,
    event_id   bigint      not null,
    entry_hash varchar(64) not null,
    sealed_at  timestamp   not null,
    constraint audit_seal_event unique (event_id)
);
