-- The barriers in lessons-service's register a lesson leans on (LessonTagged v1's barriers, issue 13 item 3), as its
-- latest tagging named them: what the advice lists as standing in the way of a component. Lessons tagged before
-- lean on none as far as we know, until they are tagged again.
alter table lesson add column barriers jsonb not null default '[]'::jsonb;
