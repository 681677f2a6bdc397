-- Jobs (imports, typology runs) are leased by the process that runs them (issue 15): it renews lease_until while the
-- job runs, and only a job whose lease has run out (its process stopped) is marked FAILED, by whichever replica sees
-- it first, so a restart of one replica no longer fails another replica's running job. Jobs from before this
-- migration have no lease: RUNNING ones among them are treated as expired.
alter table import_job add column owner text, add column lease_until timestamptz;
alter table typology add column owner text, add column lease_until timestamptz;
create index import_job_lease on import_job (lease_until) where status = 'RUNNING';
create index typology_lease on typology (lease_until) where status = 'RUNNING';
