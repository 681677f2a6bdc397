-- Read model for finding lessons (CQRS): one denormalised row per lesson, written by LessonSearchIndex in the
-- same transaction as the lesson change, so search never shows a lesson state that was rolled back.
create table lesson_search (
    lesson_id          uuid primary key,
    status             text        not null,
    title              text        not null,
    lesson_text        text        not null,
    recommendation     text        not null default '',
    context            text        not null default '',
    module             text        not null default '',
    -- Weighted so that a hit in the title outranks one in the lesson or recommendation, which outranks one in
    -- the context. Generated, so every writer (the index, the benchmark loader) gets the same weighting.
    document           tsvector generated always as (
                           setweight(to_tsvector('dutch', title), 'A')
                           || setweight(to_tsvector('dutch', lesson_text || ' ' || recommendation), 'B')
                           || setweight(to_tsvector('dutch', context || ' ' || module), 'C')) stored,
    themes             text[]      not null default '{}',
    routes             text[]      not null default '{}',
    claimed_layer      text,
    tags               text[]      not null default '{}',
    proeftuin_id       text,
    proeftuin_name     text,
    gemeente_code      varchar(6) check (gemeente_code ~ '^GM[0-9]{4}$'),
    origin_buurt_codes text[]      not null default '{}',
    -- Maintained from the evidence read model, never from the lesson itself.
    evidence_level     text        not null default 'ORIGIN_ONLY',
    evidence_rank      smallint    not null default 1,
    updated_at         timestamptz not null,
    published_at       timestamptz
);

create index lesson_search_document on lesson_search using gin (document);
create index lesson_search_themes on lesson_search using gin (themes);
create index lesson_search_routes on lesson_search using gin (routes);
create index lesson_search_tags on lesson_search using gin (tags);
create index lesson_search_origins on lesson_search using gin (origin_buurt_codes);
-- The default listing: published lessons, newest first, ties by id.
create index lesson_search_by_date on lesson_search (status, (coalesce(published_at, updated_at)) desc, lesson_id);
create index lesson_search_by_evidence on lesson_search
    (status, evidence_rank desc, (coalesce(published_at, updated_at)) desc, lesson_id);
create index lesson_search_proeftuin on lesson_search (proeftuin_id);
create index lesson_search_gemeente on lesson_search (gemeente_code);
