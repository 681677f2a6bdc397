-- Lets each lessons-service instance keep its in-memory facet index in step with lesson_search by reading only
-- what changed: every write stamps the writing transaction, and a reader asks for the rows written by any
-- transaction not yet finished at its previous read (xid >= that snapshot's xmin), so no commit is missed,
-- whatever order transactions commit in.
alter table lesson_search add column written_by xid8 not null default pg_current_xact_id();
create index lesson_search_written_by on lesson_search (written_by);

-- Lessons taken out of search, so other instances learn of the removal the same way.
create table lesson_search_removed (
    lesson_id  uuid primary key,
    written_by xid8 not null default pg_current_xact_id()
);
create index lesson_search_removed_written_by on lesson_search_removed (written_by);
