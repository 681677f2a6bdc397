-- TEST ONLY, and temporary: the columns and table of the verification workflow's migration V2 (branch verif-flow)
-- that EvidenceSources reads and EvidenceTestData writes, with the same names and types, so that the evidence and
-- learning tests run before that branch lands. Everything is "if not exists": once V2 has run, this changes
-- nothing. Delete this file and the test-only Flyway location in application.properties when merging.
alter table verification add column if not exists basis_name text;
alter table verification add column if not exists basis_version integer;
alter table verification add column if not exists comparison jsonb not null default '{}'::jsonb;
alter table verification add column if not exists target_type_label text;
alter table verification add column if not exists target_proeftuin boolean;
alter table verification add column if not exists criteria jsonb;
alter table verification add column if not exists accepted_at timestamptz;
alter table verification add column if not exists accepted_by text;
alter table verification add column if not exists decline_reason text;
alter table verification add column if not exists declined_at timestamptz;
alter table verification add column if not exists declined_by text;
alter table verification add column if not exists results jsonb;
alter table verification add column if not exists outcome varchar(16);
alter table verification add column if not exists conditions_present jsonb;
alter table verification add column if not exists concluded_at timestamptz;
alter table verification add column if not exists concluded_by text;

create table if not exists lesson (
    id                    uuid primary key,
    origin_buurt_codes    jsonb       not null,
    routes                jsonb       not null,
    experiment_conditions jsonb       not null,
    last_event_id         text        not null,
    updated_at            timestamptz not null
);
