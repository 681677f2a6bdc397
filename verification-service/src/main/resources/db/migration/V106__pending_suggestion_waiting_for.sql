-- Why a tagged lesson's suggestions wait: typology-service being away (an outage, alerted on) or its origin lacking
-- figures on the basis (typology's 422; retried slowly, never dead-lettered). Rows parked so far waited for typology.
alter table pending_suggestion
    add column waiting_for text not null default 'TYPOLOGY' check (waiting_for in ('TYPOLOGY', 'ORIGIN_DATA'));
alter table pending_suggestion alter column waiting_for drop default;
