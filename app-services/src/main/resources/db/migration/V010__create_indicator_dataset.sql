-- The Corporate Parenting dataset: population estimates for rates, targets and tolerances, benchmarks with
-- their year and source, commentary, and published months (frozen figures, one row set per revision).
create table population_estimate (
    id         bigint  primary key,
    version    integer not null,
    council_id bigint  not null references council (id),
    mid_year   integer not null,
    under_18   integer not null,
    constraint population_estimate_once unique (council_id, mid_year),
    constraint population_estimate_positive check (under_18 > 0)
);

create table indicator_target (
    id             bigint        primary key,
    version        integer       not null,
    council_id     bigint        not null references council (id),
    code           varchar(40)   not null,
    financial_year integer       not null,
    target         numeric(18,4) not null,
    red_threshold  numeric(18,4),
    set_by         varchar(100)  not null,
    constraint indicator_target_once unique (council_id, code, financial_year)
);

create table indicator_benchmark (
    id         bigint        primary key,
    version    integer       not null,
    council_id bigint        not null references council (id),
    code       varchar(40)   not null,
    kind       varchar(40)   not null,
    vintage    varchar(20)   not null,
    figure     numeric(18,4) not null,
    source     varchar(200)  not null,
    constraint indicator_benchmark_once unique (council_id, code, kind, vintage)
);

create table indicator_commentary (
    id         bigint        primary key,
    version    integer       not null,
    council_id bigint        not null references council (id),
    report_month varchar(7)  not null,
    area       varchar(20)   not null,
    body       varchar(4000) not null,
    author     varchar(100)  not null,
    written_at timestamp     not null
);
create index indicator_commentary_month on indicator_commentary (council_id, report_month, area);

create table published_month (
    id           bigint       primary key,
    version      integer      not null,
    council_id   bigint       not null references council (id),
    report_month varchar(7)   not null,
    revision     integer      not null,
    extracted_at timestamp    not null,
    published_by varchar(100) not null,
    constraint published_month_revision unique (council_id, report_month, revision)
);

create table published_figure (
    id                 bigint        primary key,
    version            integer       not null,
    published_month_id bigint        not null references published_month (id),
    code               varchar(40)   not null,
    definition_version integer       not null,
    cohort             varchar(7)    not null,
    numerator          numeric(18,4) not null,
    denominator        bigint,
    figure             numeric(18,4),
    constraint published_figure_once unique (published_month_id, code)
);
