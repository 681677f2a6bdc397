-- The stemmed words of the context and module (weight C), next to those of V23, so that this instance's facet
-- memory holds every word of the document and can match a plain conjunction of words itself (an inverted index
-- over the three columns) instead of asking PostgreSQL, whose GIN match of a broad word visits thousands of heap
-- blocks. Same expression as the C part of `document`, so memory and `@@` agree on which lessons hold a word.
alter table lesson_search
    add column context_lexemes text[] generated always as
        (tsvector_to_array(to_tsvector('dutch', context || ' ' || module))) stored;
