-- A lesson becomes a structured record with a lifecycle. What the author writes is one JSON document (content);
-- title and proeftuin are copied out of it for ordering and for the foreign key.
alter table lesson add column status text not null default 'DRAFT'
    check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'SUPERSEDED', 'RETRACTED'));
alter table lesson add column proeftuin_id text references proeftuin (id);
alter table lesson add column content jsonb;
alter table lesson add column successor_id uuid references lesson (id);

-- Lessons of the walking skeleton become drafts: their text is the lesson, their buurt the origin, and their
-- pilot name points at a proeftuin only where it is exactly that proeftuin's name. The quality gate shows
-- what they still lack.
update lesson l set proeftuin_id = p.id
from proeftuin p
where l.pilot = p.gemeente_naam || coalesce(', ' || p.wijk_naam, '');
update lesson set content = jsonb_build_object('title', title, 'lesson', text, 'proeftuinId', proeftuin_id,
                                               'originBuurtCodes', jsonb_build_array(origin_buurt_code));

alter table lesson alter column content set not null;
alter table lesson alter column status drop default;
alter table lesson drop column text;
alter table lesson drop column pilot;
alter table lesson drop column origin_buurt_code;

create index lesson_status on lesson (status);
-- "Which lessons come from this buurt?" without scanning every document.
create index lesson_origin_buurten on lesson using gin ((content -> 'originBuurtCodes'));
