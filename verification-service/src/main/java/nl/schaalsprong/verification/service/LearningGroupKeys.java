package nl.schaalsprong.verification.service;

import nl.schaalsprong.verification.mapping.LearningDimension;

/** The SQL that gives a verification row {@code v} its key in a breakdown by a {@link LearningDimension}. */
record LearningGroupKeys(String keyColumn, String join) {

    static LearningGroupKeys of(LearningDimension by) {
        return switch (by) {
            case GEMEENTE -> new LearningGroupKeys("v.target_gemeente_code", "");
            // A lesson on no route has key null; one on two routes counts in both.
            case ROUTE -> new LearningGroupKeys("r.route", " left join lesson rl on rl.id = v.lesson_id"
                    + " left join lateral jsonb_array_elements_text(coalesce(rl.routes, '[]'::jsonb)) r(route) on true");
            case THEME -> new LearningGroupKeys("th.theme", " left join lateral (select distinct split_part(tag, '/', 1)"
                    + " as theme from lesson_tag where lesson_tag.lesson_id = v.lesson_id) th on true");
            // "true", "false", or null when typology did not say.
            case PROEFTUIN_STATUS -> new LearningGroupKeys("cast(v.target_proeftuin as text)", "");
        };
    }
}
