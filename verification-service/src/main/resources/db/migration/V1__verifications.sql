create table verification (
    id                   uuid primary key,
    lesson_id            uuid             not null,
    target_buurt_code    varchar(10)      not null check (target_buurt_code ~ '^BU[0-9]{4}[0-9A-Z]{4}$'),
    target_gemeente_code varchar(6)       not null check (target_gemeente_code ~ '^GM[0-9]{4}$'),
    target_buurt_name    text,
    similarity           double precision not null check (similarity between 0 and 1),
    status               varchar(32)      not null,
    suggested_at         timestamptz      not null,
    source_event_id      text             not null,
    version              bigint           not null default 0,
    -- One verification per lesson and buurt, whatever redelivery or re-tagging happens upstream.
    constraint verification_lesson_buurt unique (lesson_id, target_buurt_code)
);
-- Listing a lesson's verifications in their stable order: most similar first, then buurt code.
create index verification_lesson_order on verification (lesson_id, similarity desc, target_buurt_code);
create index verification_order on verification (similarity desc, target_buurt_code, id);
