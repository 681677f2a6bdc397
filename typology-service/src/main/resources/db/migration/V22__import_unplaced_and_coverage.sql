-- Codes a file of figures alone could not place (not registered: another year's boundaries), counted on the job and
-- kept for paging; and a basis' honesty about missing data: the share of its weight a comparison must cover, and
-- the dimensions it must not lack.
alter table import_job add column unplaced integer check (unplaced >= 0);

create table import_unplaced (
    job_id uuid        not null references import_job (id),
    code   varchar(10) not null,
    primary key (job_id, code)
);

alter table comparability_basis
    add column coverage_floor double precision not null default 0.7 check (coverage_floor > 0 and coverage_floor <= 1);
alter table comparability_basis_weight add column required boolean not null default false;
