-- The advice's read model (package advice): one row per approach tag (component) with its lessons' verifications
-- pooled and judged by the published rules, exactly as GET /api/v1/tags/{tag}/evidence derives them, so an advice
-- ranks hundreds of components without deriving anything while the gemeente waits.
--   level, supported_layer, chance_flagged  the pooled evidence's headline (for filtering and ranking)
--   lower_bound   the Wilson lower bound of the pooled confirmation rate (0 when nothing decisive)
--   evidence      jsonb: the whole pooled Evidence (reasons, layer reasons, types, chance reasons, pilot-status effect)
--   by_type       jsonb {"<typology type label>": {"confirmed": n, "notConfirmed": n, "inconclusive": n, "declined": n}}:
--                 each buurt verified outside every pooled origin once, by the type recorded at its suggestion
--   themes, routes  jsonb text arrays: every theme and route of the component's lessons (filters)
--   lessons       how many lessons carry the tag
create table advice_component (
    tag             varchar(127) primary key,
    level           varchar(16)      not null,
    supported_layer varchar(10),
    chance_flagged  boolean          not null,
    lower_bound     double precision not null,
    evidence        jsonb            not null,
    by_type         jsonb            not null check (jsonb_typeof(by_type) = 'object'),
    themes          jsonb            not null check (jsonb_typeof(themes) = 'array'),
    routes          jsonb            not null check (jsonb_typeof(routes) = 'array'),
    lessons         integer          not null check (lessons >= 0),
    refreshed_at    timestamptz      not null
);

-- Tags whose component row must be derived again: marked in the workflow's own transaction (cheap), derived by
-- AdviceRefresher moments later (each tag once, however many changes came in meanwhile; SKIP LOCKED lets several
-- instances share the work).
create table advice_stale_tag (
    tag          varchar(127) primary key,
    marked_at    timestamptz not null
);

-- Every tag known before this migration is derived by the first refresh after it.
insert into advice_stale_tag (tag, marked_at) select distinct tag, now() from lesson_tag;
