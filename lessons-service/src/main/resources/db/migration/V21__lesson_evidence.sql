-- Read model of what verification-service derived about each lesson (lesson.evidence-changed.v1), plus the
-- outcomes of concluded verifications (verification.concluded.v1) that arrived before a newer derivation.
create table lesson_evidence (
    lesson_id              uuid primary key,
    level                  text        not null,
    reasons                text[]      not null default '{}',
    supported_layer        text,
    confirmed_in_types     text[]      not null default '{}',
    not_confirmed_in_types text[]      not null default '{}',
    chance_flagged         boolean     not null default false,
    chance_reasons         text[]      not null default '{}',
    suggested              integer     not null default 0 check (suggested >= 0),
    accepted               integer     not null default 0 check (accepted >= 0),
    declined               integer     not null default 0 check (declined >= 0),
    confirmed              integer     not null default 0 check (confirmed >= 0),
    not_confirmed          integer     not null default 0 check (not_confirmed >= 0),
    inconclusive           integer     not null default 0 check (inconclusive >= 0),
    evidence_url           text,
    -- The newest derivation applied; null while only concluded verifications have arrived.
    derived_at             timestamptz,
    updated_at             timestamptz not null,
    version                bigint      not null default 0
);

-- Each concluded verification counts once, however often its event is delivered or re-sent.
create table lesson_evidence_conclusion (
    verification_id uuid primary key,
    lesson_id       uuid        not null,
    outcome         text        not null,
    concluded_at    timestamptz not null
);
create index lesson_evidence_conclusion_lesson on lesson_evidence_conclusion (lesson_id);
