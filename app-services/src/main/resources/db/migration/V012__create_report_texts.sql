-- Words authors write for an annual report's edition: committee cover fields and narrative sections.
create table report_text (
    id         bigint        primary key,
    version    integer       not null,
    council_id bigint        not null references council (id),
    kind       varchar(30)   not null,
    period     varchar(10)   not null,
    block_key  varchar(40)   not null,
    body       varchar(8000) not null,
    edited_by  varchar(100)  not null,
    edited_at  timestamp     not null,
    constraint report_text_once unique (council_id, kind, period, block_key)
);
