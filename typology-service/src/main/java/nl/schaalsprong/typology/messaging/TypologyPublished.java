package nl.schaalsprong.typology.messaging;

import nl.schaalsprong.typology.domain.typology.TypologyType;
import nl.schaalsprong.typology.domain.typology.Typology;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code nl.schaalsprong.typology.published.v1}: a typology became current. Carries the types and their
 * portraits in words so a consumer can show them without calling back; the assignments stay behind the REST API.
 * Schema: {@code schemas/typology.published.v1.json}; change it only together with that file.
 */
public record TypologyPublished(UUID typologyId, int version, String basis, int k, long seed, double silhouette,
                                int buurten, OffsetDateTime publishedAt, List<Type> types) {

    /** One type: number, label, its most typical buurt, how many buurten, what sets it apart. */
    public record Type(int number, String label, String medoidCode, int size, List<String> distinguishing) {
    }

    public static TypologyPublished of(Typology typology, List<TypologyType> types) {
        return new TypologyPublished(typology.id(), typology.version(), typology.basis(), typology.k(),
                typology.seed(), typology.silhouette(), typology.buurten(), typology.publishedAt(),
                types.stream().map(t -> new Type(t.number(), t.label(), t.medoidCode(), t.portrait().size(),
                        t.portrait().distinguishing())).toList());
    }
}
