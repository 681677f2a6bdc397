-- The approach tags of each lesson, as LessonTagged last listed them, for evidence per tag across lessons and
-- for counting tagged lessons per month. first_tagged_at is when this service first heard of the tag.
create table lesson_tag (
    lesson_id       uuid         not null,
    tag             varchar(127) not null check (tag ~ '^[a-z0-9][a-z0-9-]{0,62}(/[a-z0-9][a-z0-9-]{0,62})?$'),
    first_tagged_at timestamptz  not null,
    primary key (lesson_id, tag)
);
create index lesson_tag_by_tag on lesson_tag (tag);
