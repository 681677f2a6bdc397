-- Imports as jobs: one row per import, its rejected rows beside it (a file can reject thousands, so they are
-- rows to page through, not one growing document).
create table import_job (
    id          uuid primary key,
    source      varchar(20) not null check (source in ('CBS_KWB', 'MAPPED')),
    year        integer     not null check (year between 1995 and 2100),
    mode        varchar(20) not null check (mode in ('APPLY_VALID', 'ALL_OR_NOTHING')),
    status      varchar(10) not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED', 'REJECTED')),
    rows_read   integer     not null check (rows_read >= 0),
    rows_total  integer check (rows_total >= 0),
    accepted    integer check (accepted >= 0),
    rejected    integer check (rejected >= 0),
    created     integer check (created >= 0),
    updated     integer check (updated >= 0),
    unchanged   integer check (unchanged >= 0),
    missing_figures text,
    failure     text,
    started_by  text,
    created_at  timestamptz not null,
    finished_at timestamptz,
    constraint import_job_finished_when_done check ((status = 'RUNNING') = (finished_at is null))
);
create index import_job_newest on import_job (created_at desc, id);
create index import_job_running on import_job (created_at) where status = 'RUNNING';

create table import_rejection (
    job_id uuid    not null references import_job (id),
    line   bigint  not null check (line >= 1),
    reason text    not null,
    primary key (job_id, line)
);
