package nl.schaalsprong.typology.domain.catalogue;

import java.time.OffsetDateTime;

/** A value a steward set for one buurt on one dimension, with who set it and when. */
public record AssignedValue(DimensionKey key, AttributeValue value, OffsetDateTime setAt, String setBy) {
}
