-- Issue 11: a DRAFT learned by verification-service keeps why it proposes its weights, so a steward can judge them
-- before publishing: the outcomes and lessons learned from, the cross-validated Brier scores (model, base rate,
-- current basis) and, per dimension, the importance with its 95 % bootstrap interval. Null for bases not learned.
alter table comparability_basis
    add column learned_outcomes   integer check (learned_outcomes >= 1),
    add column learned_lessons    integer check (learned_lessons >= 1),
    add column cv_brier_model     double precision check (cv_brier_model between 0 and 1),
    add column cv_brier_base_rate double precision check (cv_brier_base_rate between 0 and 1),
    add column cv_brier_basis     double precision check (cv_brier_basis between 0 and 1);

create table comparability_basis_learned_importance (
    basis_id      uuid             not null references comparability_basis (id) on delete cascade,
    position      integer          not null check (position >= 0),
    dimension_key varchar(64)      not null,
    importance    double precision not null,
    lower_bound   double precision not null,
    upper_bound   double precision not null check (lower_bound <= upper_bound),
    primary key (basis_id, position)
);
