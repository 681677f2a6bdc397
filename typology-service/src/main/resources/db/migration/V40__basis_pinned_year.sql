-- Issue 10: a basis may pin a figure to one source year (values are stored per buurt, figure and year; searches use
-- each buurt's newest value unless the basis says which year). Null: the newest.
alter table comparability_basis_weight add column year integer check (year between 1900 and 2100);
