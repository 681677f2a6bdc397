package nl.schaalsprong.typology.domain.typology;

import java.util.UUID;

/** A typology was published by this instance: which typology is current has changed. */
public record TypologyPublishedHere(UUID typologyId) {
}
