-- Where each component (advice_component) was tried, for one page of advice: every concluded or declined
-- verification of the tag's lessons, written with the component row by ComponentRefresher. A page then takes each
-- tag's first few places of each kind from an index instead of ranking all of the tag's verifications (about 700
-- per tag in the issue-13 benchmark: 14,000 rows sorted per page of 20). Details are read from verification itself.
--   kind        the outcome of a concluded verification (CONFIRMED | NOT_CONFIRMED | INCONCLUSIVE), or DECLINED
--   type_label, similarity, buurt_code  the target's type, similarity to the origin and buurt (the page's order)
create table advice_place (
    tag             varchar(127)     not null,
    verification_id uuid             not null,
    kind            varchar(16)      not null check (kind in ('CONFIRMED', 'NOT_CONFIRMED', 'INCONCLUSIVE', 'DECLINED')),
    type_label      text,
    similarity      double precision not null,
    buurt_code      varchar(10)      not null,
    primary key (tag, verification_id)
);
-- Outside the area's types: the first of a kind by similarity. In them: the few of a kind in those types.
create index advice_place_by_kind on advice_place (tag, kind, similarity desc, buurt_code, verification_id);
create index advice_place_by_type on advice_place (tag, kind, type_label);

-- How many places each component has (the page shows a few and says how many).
alter table advice_component add column places integer not null default 0 check (places >= 0);

-- Every tag is derived again by the first refresh after this migration, filling its places.
insert into advice_stale_tag (tag, marked_at) select distinct tag, now() from lesson_tag on conflict do nothing;
