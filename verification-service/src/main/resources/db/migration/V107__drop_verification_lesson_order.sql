-- Every suggestion inserts into each of the verification table's indexes: at a tenth of the design point they are
-- 700 MB and the inserts the largest cost of the tag path in PostgreSQL (docs/benchmarks.md, session 18).
-- verification_lesson_order (V1) ordered a lesson's verifications by similarity and buurt code; the listing has
-- ordered by area code since wijk- and gemeente-level verifications, so it sorted anyway, and a lesson has tens of
-- verifications, not thousands: verification_lesson_area (lesson_id, target_area_code) finds them and the sort of
-- those few rows is free. One index fewer to write per suggestion, 99 MB at a tenth.
drop index if exists verification_lesson_order;
