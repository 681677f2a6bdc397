-- The stemmed words of the title (weight A) and of the lesson and recommendation (weight B), so that this
-- instance's facet memory can rank text hits itself: PostgreSQL only says which lessons match, which a GIN
-- index answers without reading each match's tsvector the way ts_rank must.
alter table lesson_search
    add column title_lexemes text[] generated always as (tsvector_to_array(to_tsvector('dutch', title))) stored,
    add column text_lexemes text[] generated always as
        (tsvector_to_array(to_tsvector('dutch', lesson_text || ' ' || recommendation))) stored;
