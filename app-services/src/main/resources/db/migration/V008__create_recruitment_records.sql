-- Fostering recruitment: enquiries through the pipeline, panel meetings and the cases they hear.
create table fostering_enquiry (
    id               bigint       primary key,
    version          integer      not null,
    council_id       bigint       not null references council (id),
    enquiry_ref      varchar(20)  not null,
    source           varchar(30),
    received_on      date         not null,
    initial_visit_on date,
    assessment_on    date,
    panel_on         date,
    approved_on      date,
    closed_on        date,
    closed_reason    varchar(100),
    constraint enquiry_ref_unique unique (council_id, enquiry_ref)
);

create table panel_meeting (
    id           bigint  primary key,
    version      integer not null,
    council_id   bigint  not null references council (id),
    meeting_date date    not null,
    cancelled    boolean not null,
    minutes_on   date
);
create index panel_meeting_date on panel_meeting (council_id, meeting_date);

create table panel_case (
    id             bigint      primary key,
    version        integer     not null,
    meeting_id     bigint      not null references panel_meeting (id),
    case_type      varchar(30) not null,
    household_id   bigint      references foster_household (id),
    enquiry_id     bigint      references fostering_enquiry (id),
    recommendation varchar(10) not null,
    decision       varchar(12),
    decision_on    date
);
create index panel_case_meeting on panel_case (meeting_id);
