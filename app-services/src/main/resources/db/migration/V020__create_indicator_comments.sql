-- A manager's comment on one indicator for one month, printed beside it on the board and in the pack.
-- Every version is kept (a new row per edit); the latest is shown, with its author and date.
create table indicator_comment (
    id           bigint        primary key,
    version      integer       not null,
    council_id   bigint        not null references council (id),
    report_month varchar(7)    not null,
    code         varchar(40)   not null,
    body         varchar(1000) not null,
    author       varchar(100)  not null,
    written_at   timestamp     not null
);
create index indicator_comment_month on indicator_comment (council_id, report_month, code);
