-- The verification workflow (issue 5): why a target was suggested, and its lifecycle after that.
--
-- verification, one row per lesson and target buurt (columns of V1 plus these):
--   lesson_id, target_buurt_code, target_gemeente_code  the lesson and where it is verified (V1)
--   similarity            0..1, typology's similarity of the target to the lesson's origin (V1)
--   basis_name, basis_version  the comparability basis the similarity was computed on (null: typology did not say)
--   comparison            jsonb {"<DIMENSION_KEY>": {"distance": 0..1 or null when missing, "contribution": 0..1}}:
--                         per dimension of the basis, how much the target differs from the origin (Gower distance)
--                         and how much similarity that took away (typology's `contributions`); {} when not given
--   target_typology_id, target_type_number, target_type_label  the target's type in typology's current
--                         typology (all null: not classified or not given)
--   target_proeftuin      true: the target has proeftuin status; false: it has not; null: unknown
--   status                SUGGESTED -> ACCEPTED | DECLINED; ACCEPTED -> CONCLUDED
--   criteria              jsonb [{"indicator", "comparison": AT_LEAST|AT_MOST, "threshold", "unit",
--                         "measuredOn": yyyy-mm-dd}], frozen at acceptance (null before)
--   accepted_at, accepted_by   when and by whom (token subject) the criteria were frozen
--   decline_reason, declined_at, declined_by
--   results               jsonb [{"indicator", "measuredValue": number or null, "met": boolean or null}], one per
--                         criterion, null measuredValue/met = not measured
--   outcome               CONFIRMED | NOT_CONFIRMED | INCONCLUSIVE (a missing measurement makes it INCONCLUSIVE)
--   adaptations           jsonb ["how the approach was adapted to the target", ...]
--   conditions_present    jsonb ["EXTRA_FINANCIERING" | "VRIJSTELLING" | "PIONIERS", ...]: experiment conditions
--                         present in the target during the verification
--   concluded_at, concluded_by
alter table verification
    add column basis_name         text,
    add column basis_version      integer check (basis_version >= 1),
    add column comparison         jsonb not null default '{}'::jsonb check (jsonb_typeof(comparison) = 'object'),
    add column target_typology_id uuid,
    add column target_type_number integer,
    add column target_type_label  text,
    add column target_proeftuin   boolean,
    add column criteria           jsonb check (jsonb_typeof(criteria) = 'array'),
    add column accepted_at        timestamptz,
    add column accepted_by        text,
    add column decline_reason     text,
    add column declined_at        timestamptz,
    add column declined_by        text,
    add column results            jsonb check (jsonb_typeof(results) = 'array'),
    add column outcome            varchar(16) check (outcome in ('CONFIRMED', 'NOT_CONFIRMED', 'INCONCLUSIVE')),
    add column adaptations        jsonb check (jsonb_typeof(adaptations) = 'array'),
    add column conditions_present jsonb check (jsonb_typeof(conditions_present) = 'array'),
    add column concluded_at       timestamptz,
    add column concluded_by       text,
    add constraint verification_status check (status in ('SUGGESTED', 'ACCEPTED', 'DECLINED', 'CONCLUDED')),
    add constraint verification_accepted_with_criteria check (status not in ('ACCEPTED', 'CONCLUDED')
        or (criteria is not null and accepted_at is not null and accepted_by is not null)),
    add constraint verification_declined_with_reason check (status <> 'DECLINED'
        or (decline_reason is not null and declined_at is not null and declined_by is not null)),
    add constraint verification_concluded_with_outcome check (status <> 'CONCLUDED'
        or (outcome is not null and results is not null and concluded_at is not null and concluded_by is not null));

-- A gemeente's verifications by status, in the listing order.
create index verification_gemeente_order on verification (target_gemeente_code, status, similarity desc, target_buurt_code, id);
create index verification_status_order on verification (status, similarity desc, target_buurt_code, id);

-- Frozen criteria and concluded records hold whoever writes: the domain refuses it, and so does the database.
create function verification_refuse_frozen_change() returns trigger language plpgsql as $$
begin
    if old.status = 'CONCLUDED' then
        raise exception 'verification % is concluded and immutable', old.id using errcode = 'integrity_constraint_violation';
    end if;
    if tg_op = 'UPDATE' and old.criteria is not null
            and (new.criteria is distinct from old.criteria or new.accepted_at is distinct from old.accepted_at) then
        raise exception 'the success criteria of verification % are frozen', old.id using errcode = 'integrity_constraint_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
create trigger verification_frozen before update or delete on verification
    for each row execute function verification_refuse_frozen_change();

-- lesson: verification's copy of what it needs to know about a lesson, as of its latest LessonTagged.
--   origin_buurt_codes    jsonb ["BU…", …]: where the lesson was learned
--   routes                jsonb ["GROEI" | "REPLICATIE" | "CIRCULATIE" | "INSTITUTIONALISERING", …] ([] = not given)
--   claimed_layer         GENERIEK | MENU | SPECIFIEK as its author claims (null = not given)
--   rightscaling          jsonb {"appliedAt", "smallest", "largest"} scales (null = not given)
--   experiment_conditions jsonb ["EXTRA_FINANCIERING" | "VRIJSTELLING" | "PIONIERS", …]: of the origin (pilot bias)
create table lesson (
    id                    uuid primary key,
    proeftuin_id          text,
    gemeente_code         varchar(6) check (gemeente_code ~ '^GM[0-9]{4}$'),
    origin_buurt_codes    jsonb       not null check (jsonb_typeof(origin_buurt_codes) = 'array'),
    routes                jsonb       not null check (jsonb_typeof(routes) = 'array'),
    claimed_layer         varchar(10) check (claimed_layer in ('GENERIEK', 'MENU', 'SPECIFIEK')),
    rightscaling          jsonb,
    experiment_conditions jsonb       not null check (jsonb_typeof(experiment_conditions) = 'array'),
    tagged_at             timestamptz,
    last_event_id         text        not null,
    updated_at            timestamptz not null
);

-- Tagged lessons whose suggestions wait for typology-service; retried with backoff until it answers.
create table pending_suggestion (
    lesson_id       uuid primary key references lesson (id),
    source_event_id text        not null,
    attempts        integer     not null check (attempts >= 1),
    next_attempt_at timestamptz not null,
    last_error      text,
    pending_since   timestamptz not null
);
create index pending_suggestion_due on pending_suggestion (next_attempt_at);
