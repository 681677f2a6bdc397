-- Issue 11, exploration against range restriction: a share of each lesson's targets is drawn from further down
-- the comparable ranking instead of the top. exploratory: true for such a target; evidence counts it like any other
-- verification, learning sees the wider range of differences it brings. Set at the suggestion, never changed.
alter table verification
    add column exploratory boolean not null default false;
