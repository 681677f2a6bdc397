-- Lessons leaning on a barrier (issue 13, item 3): the lesson that signalled it and every lesson that leaned on an
-- exemption from its rule. A barrier says where it came from and names its rule as its BarrierKey does (spaces
-- collapsed), which is what a lesson's exempted rule is matched on (case ignored).
alter table barrier add column source text;
alter table barrier add column rule_named text;

create table barrier_lesson_link (
    barrier_id uuid not null references barrier (id),
    lesson_id  uuid not null references lesson (id),
    primary key (barrier_id, lesson_id)
);
create index barrier_lesson_link_by_lesson on barrier_lesson_link (lesson_id);

-- The barriers signalled before: their own lesson leans on them, and their rule is named as BarrierKey names it.
insert into barrier_lesson_link (barrier_id, lesson_id) select id, lesson_id from barrier;
update barrier
   set source = 'barrier section of lesson ' || lesson_id,
       rule_named = regexp_replace(regexp_replace(rule, '\s+', ' ', 'g'), '^ | $', '', 'g');

create index barrier_by_rule on barrier (level, lower(rule_named));
