-- Where a component was tried, read per page of advice: the verifications of a tag's lessons, decided ones first.
create index verification_lesson_decided on verification (lesson_id, status)
    where status in ('CONCLUDED', 'DECLINED');

-- A wijk's or gemeente's types are read from the verified buurten in it and in the areas comparable to it.
create index verification_target_wijk on verification (substring(target_buurt_code from 3 for 6), target_type_label);
create index verification_target_gemeente_type on verification (target_gemeente_code, target_type_label);
