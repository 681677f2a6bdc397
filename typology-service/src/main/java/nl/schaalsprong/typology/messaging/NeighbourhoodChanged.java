package nl.schaalsprong.typology.messaging;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Data of {@code nl.schaalsprong.neighbourhood.changed.v1}: a buurt's values changed, so comparisons involving it
 * may rank differently. Schema: {@code schemas/neighbourhood.changed.v1.json}; change it only together with that file.
 *
 * @param cause         ATTRIBUTE_SET (a steward set a value) or IMPORT (an import changed its CBS figures)
 * @param changedKeys   the dimension keys (ATTRIBUTE_SET) or figure keys and name keys (IMPORT) whose value changed
 * @param values        for ATTRIBUTE_SET, the new value by key (a level or a number)
 */
public record NeighbourhoodChanged(String code, String cause, List<String> changedKeys,
                                   java.util.Map<String, Object> values, String changedBy, OffsetDateTime changedAt) {

    public static final String ATTRIBUTE_SET = "ATTRIBUTE_SET";
    public static final String IMPORT = "IMPORT";
}
