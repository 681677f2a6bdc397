-- What a lesson says, from LessonTagged v1's additive fields (session 5), kept on verification's lesson read model as
-- of the latest tagging, for the advice (GET /api/v1/advice) and for pre-registered criteria that name an indicator.
--   title, pilot (the proeftuin's name), recommendation, module: text, null when the event did not carry them
--   outcome      SUCCESS | PARTIAL | FAILURE in the origin (null: not stated)
--   indicators   jsonb [{"name", "value", "unit", "date": yyyy-mm-dd}]: the outcome's measured indicators ([] = none known)
--   themes       jsonb ["participatie", ...]: theme codes, lower case ([] = none known)
alter table lesson
    add column title          text,
    add column pilot          text,
    add column recommendation text,
    add column outcome        varchar(8) check (outcome in ('SUCCESS', 'PARTIAL', 'FAILURE')),
    add column indicators     jsonb not null default '[]'::jsonb check (jsonb_typeof(indicators) = 'array'),
    add column themes         jsonb not null default '[]'::jsonb check (jsonb_typeof(themes) = 'array'),
    add column module         text;
