-- A lesson's successor is a foreign key to lesson (id); without an index on it, deleting a lesson makes PostgreSQL scan
-- every lesson for one pointing at it, so removing many lessons (a failed seed, a cleanup) is quadratic: found at a
-- tenth of the design point, 100,000 lessons (docs/benchmarks.md, "Scale at one tenth of the design point").
create index lesson_successor on lesson (successor_id) where successor_id is not null;
