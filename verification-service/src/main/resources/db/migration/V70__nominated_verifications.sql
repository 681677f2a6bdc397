-- Issue 13 item 2, "trying it here": a gemeente may nominate its own buurt for a lesson, next to the pushed
-- suggestions. selection records how the buurt was chosen:
--   SUGGESTED  proposed by the system for being comparable (every verification before this migration)
--   NOMINATED  chosen by the gemeente itself; starts ACCEPTED with its pre-registered criteria, never exploratory.
--              Evidence flags a level that leans on such self-selected confirmations; learning weighs them less.
-- Set when the verification is created, never changed.
alter table verification
    add column selection varchar(10) not null default 'SUGGESTED'
        check (selection in ('SUGGESTED', 'NOMINATED')),
    add constraint verification_nominated_not_exploratory check (selection <> 'NOMINATED' or not exploratory);
