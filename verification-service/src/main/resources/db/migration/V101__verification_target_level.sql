-- Issue 13, item 3 "rightscaling changes what is suggested": a lesson whose smallest effective scale is above buurt
-- is verified in a whole wijk or gemeente (ScaleOfVerification), never in a buurt.
--   target_level      BUURT (every verification before this migration), WIJK or GEMEENTE
--   target_area_code  the code of the area verified in, whatever its level (a buurt's: its buurt code)
--   target_buurt_code only for a buurt-level verification now
--   target_gemeente_code the gemeente the target lies in; a gemeente target's is itself (gemeente listings)
-- One verification per lesson and area: the unique key moves from the buurt code to the area code. The component
-- (V96) stays out of it, as before: a buurt (or area) is verified once per lesson, for one component or all.
alter table verification
    add column target_level varchar(8) not null default 'BUURT'
        check (target_level in ('BUURT', 'WIJK', 'GEMEENTE')),
    add column target_area_code varchar(10);

-- A concluded verification is immutable (trigger verification_frozen, V2); filling the new column changes nothing
-- it records, so the trigger stands aside for this one statement only.
alter table verification disable trigger verification_frozen;
update verification set target_area_code = target_buurt_code;
alter table verification enable trigger verification_frozen;

alter table verification
    alter column target_area_code set not null,
    alter column target_buurt_code drop not null,
    add constraint verification_target_of_its_level check (
        (target_level = 'BUURT' and target_buurt_code is not null and target_area_code = target_buurt_code)
        or (target_level = 'WIJK' and target_buurt_code is null and target_area_code ~ '^WK[0-9]{4}[0-9A-Z]{2}$')
        or (target_level = 'GEMEENTE' and target_buurt_code is null and target_area_code ~ '^GM[0-9]{4}$')),
    add constraint verification_target_gemeente_derived
        check (target_gemeente_code = 'GM' || substring(target_area_code from 3 for 4)),
    drop constraint verification_lesson_buurt,
    add constraint verification_lesson_area unique (lesson_id, target_area_code);

-- A writer that names only the buurt (one written before this migration: SQL loading test or benchmark data, a
-- rolling deploy's older instance) still writes a valid buurt-level verification: its area code is its buurt code.
create function verification_area_code_from_buurt() returns trigger language plpgsql as $$
begin
    if new.target_area_code is null then
        new.target_area_code := new.target_buurt_code;
    end if;
    return new;
end;
$$;
create trigger verification_area_code_default before insert on verification
    for each row execute function verification_area_code_from_buurt();
