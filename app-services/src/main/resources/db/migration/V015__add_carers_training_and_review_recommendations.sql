-- The carers of a fostering household and the training each completed (the Training, Support and Development
-- Standards for Foster Care and the service's other courses); the recommendations an IRO made at a child's review.
create table household_carer (
    id           bigint      primary key,
    version      integer     not null,
    household_id bigint      not null references foster_household (id),
    name         varchar(80) not null,
    carer_role   varchar(10) not null,
    constraint household_carer_once unique (household_id, name)
);

create table carer_training (
    id           bigint      primary key,
    version      integer     not null,
    household_id bigint      not null references foster_household (id),
    carer_name   varchar(80) not null,
    course       varchar(30) not null,
    completed_on date        not null
);
create index carer_training_household on carer_training (household_id, completed_on);

alter table looked_after_review add column recommendations varchar(2000);
