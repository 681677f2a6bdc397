-- The evidence last derived per lesson: kept to tell whether a new derivation changed anything (and so whether
-- LessonEvidenceChanged is due), and to list lessons by level. The whole derivation is in `evidence`; the
-- columns beside it are copies for querying.
create table lesson_evidence (
    lesson_id       uuid primary key,
    level           varchar(16) not null check (level in ('ORIGIN_ONLY', 'INDICATIVE', 'REPLICATED', 'ESTABLISHED', 'CONTESTED')),
    supported_layer varchar(16) check (supported_layer in ('GENERIEK', 'MENU', 'SPECIFIEK')),
    chance_flagged  boolean     not null,
    evidence        jsonb       not null,
    derived_at      timestamptz not null
);
create index lesson_evidence_level on lesson_evidence (level);
