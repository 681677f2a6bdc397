-- Issue 13, item 3: a CIRCULATIE lesson is verified per component (approach tag), a REPLICATIE lesson whole.
-- component: the one approach tag the verification speaks for; null = the whole approach (every tag of the lesson),
-- as every verification written before this migration was. Evidence per tag counts a verification with a component
-- only for that tag (EvidenceSources, ComponentRefresher).
alter table verification
    add column component varchar(127) check (component ~ '^[a-z0-9][a-z0-9-]{0,62}(/[a-z0-9][a-z0-9-]{0,62})?$');
create index verification_lesson_component on verification (lesson_id, component) where component is not null;
