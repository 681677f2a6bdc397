-- TEST ONLY, and temporary. The columns and table the verification workflow (branch verif-flow, Flyway V2-V19)
-- adds, as EvidenceSources reads them, so that the evidence and learning tests run before that branch lands.
-- Everything is "if not exists": once the workflow's migrations have run, this changes nothing. Delete this file
-- (and the test-only Flyway location in application.properties) when merging, after adapting EvidenceSources
-- to the workflow's real names.
alter table verification add column if not exists outcome varchar(32);
alter table verification add column if not exists target_type_label text;
alter table verification add column if not exists target_proeftuin boolean not null default false;
alter table verification add column if not exists conditions_present jsonb not null default '[]';
alter table verification add column if not exists basis_name varchar(63);
alter table verification add column if not exists basis_version integer;
alter table verification add column if not exists dimension_differences jsonb;
alter table verification add column if not exists accepted_at timestamptz;
alter table verification add column if not exists declined_at timestamptz;
alter table verification add column if not exists concluded_at timestamptz;

create table if not exists lesson (
    id                    uuid primary key,
    origin_buurt_codes    jsonb not null default '[]',
    experiment_conditions jsonb not null default '[]'
);
