-- The lessons a page of advice shows per component (AdviceService.LESSONS_PER_COMPONENT), in their order: best own
-- evidence first, then the latest tagged. Written by ComponentRefresher with the component row, so a page reads a
-- few rows per component by key instead of ranking every lesson of its tags per request: at a tenth of the design
-- point (100,000 lessons, tags of about 7,000 lessons) ranking them took 1-2 s a page (docs/benchmarks.md).
create table advice_lesson (
    tag       varchar(127) not null,
    rank      smallint     not null check (rank >= 1),
    lesson_id uuid         not null,
    primary key (tag, rank)
);

-- The barriers a page shows come from the few lessons that lean on any: found from these, not from every lesson of
-- the page's tags. The statistics tell the planner how few they are.
create index lesson_leaning_on_barriers on lesson (id) where jsonb_array_length(barriers) > 0;
create statistics lesson_barriers_count on (jsonb_array_length(barriers)) from lesson;
-- Gathered now: autovacuum analyzes a large, stable table rarely, and without them the planner walks every lesson
-- of the page's tags (0.9 s at a tenth of the design point; 0.05 ms with them).
analyze lesson;

-- Every component is derived again, so the new table is filled for the components there are.
insert into advice_stale_tag (tag, marked_at) select tag, now() from advice_component on conflict do nothing;
