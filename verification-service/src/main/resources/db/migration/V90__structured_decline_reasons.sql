-- "Why not here" becomes structured (issue 13, item 4): a declined verification records the kind of its reason
-- and what that kind names.
--   decline_kind        DIMENSION_DIFFERS | APPROACH_ALREADY_CHOSEN | NO_CAPACITY | BARRIER | OTHER
--   decline_dimension   the basis dimension key the buurt differs on (DIMENSION_DIFFERS only, and then required)
--   decline_barrier_id  the lessons-service barrier in the way (BARRIER only, and then required)
--   decline_text        the gemeente's own words: required with OTHER, optional otherwise
-- decline_reason (V2) stays filled for every declined verification, with the words or else the kind said in words,
-- so every reader of the free-text reason (advice places, older clients, the declined event) keeps reading one.
alter table verification
    add column decline_kind       varchar(32) check (decline_kind in
        ('DIMENSION_DIFFERS', 'APPROACH_ALREADY_CHOSEN', 'NO_CAPACITY', 'BARRIER', 'OTHER')),
    add column decline_dimension  varchar(64) check (decline_dimension ~ '^[A-Z][A-Z0-9_]{1,63}$'),
    add column decline_barrier_id uuid,
    add column decline_text       text check (char_length(decline_text) <= 2000);

-- Every decline from before the kinds existed was free text: OTHER with that text. Nothing is lost; the old
-- column keeps its value too.
update verification set decline_kind = 'OTHER', decline_text = decline_reason
 where status = 'DECLINED' and decline_reason is not null;

alter table verification
    add constraint verification_decline_kind_needs check (
        coalesce(decline_kind = 'DIMENSION_DIFFERS', false) = (decline_dimension is not null)
        and coalesce(decline_kind = 'BARRIER', false) = (decline_barrier_id is not null)
        and (decline_kind is distinct from 'OTHER' or decline_text is not null)),
    add constraint verification_decline_kind_only_declined check (decline_kind is null or status = 'DECLINED');

-- Learning reads the declines that name a dimension per basis.
create index verification_declined_dimension on verification (basis_name) where decline_kind = 'DIMENSION_DIFFERS';
