-- When a lesson was first published: the search lists published lessons by it. Lessons published before this
-- column existed take the time of their first publication from their history.
alter table lesson add column published_at timestamptz;
update lesson l set published_at = (select min(v.changed_at) from lesson_version v
                                    where v.lesson_id = l.id and v.change = 'status:PUBLISHED')
where l.status in ('PUBLISHED', 'SUPERSEDED', 'RETRACTED');
