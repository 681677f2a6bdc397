package nl.schaalsprong.typology.domain.typology;

import nl.schaalsprong.platform.domain.ConflictException;
import nl.schaalsprong.platform.domain.RuleViolationException;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The name and description a steward gave a type, with who and when: people recognise "Naoorlogse stadswijken met
 * stadsverwarming" where "Type 3: ..." says little. Versioned with its typology (a new run starts unnamed) and kept
 * as history: renaming adds a revision.
 *
 * @param description may be null
 * @param revision    1 for the first naming of the type, then one more per renaming
 */
public record TypeNaming(String name, String description, String namedBy, OffsetDateTime namedAt, int revision) {

    public static final int SHORTEST_NAME = 3;
    public static final int LONGEST_NAME = 80;
    public static final int LONGEST_DESCRIPTION = 2000;

    public TypeNaming {
        name = name == null ? "" : name.strip();
        if (name.length() < SHORTEST_NAME || name.length() > LONGEST_NAME) {
            throw new RuleViolationException("a type's name has " + SHORTEST_NAME + " to " + LONGEST_NAME
                    + " characters, got " + name.length());
        }
        description = description == null || description.isBlank() ? null : description.strip();
        if (description != null && description.length() > LONGEST_DESCRIPTION) {
            throw new RuleViolationException("a type's description has at most " + LONGEST_DESCRIPTION
                    + " characters, got " + description.length());
        }
        if (namedBy == null || namedBy.isBlank()) {
            throw new IllegalArgumentException("a naming needs who named");
        }
        Objects.requireNonNull(namedAt, "namedAt");
        if (revision < 1) {
            throw new IllegalArgumentException("revisions start at 1, got " + revision);
        }
    }

    /** Types can be named once a run has produced them: in a draft, and in a published typology too. */
    public static void requireNameable(Typology typology) {
        if (typology.status() != TypologyStatus.DRAFT && typology.status() != TypologyStatus.PUBLISHED) {
            throw new ConflictException("typology " + typology.id() + " is " + typology.status()
                    + "; its types can be named once its run has finished");
        }
    }

    /**
     * Two types never carry one name, as they never carry one label: a name already given to another type of the
     * same typology (case and surrounding spaces ignored) is refused.
     *
     * @param currentNames the current name of every named type, by type number
     */
    public void requireDistinctFrom(int typeNumber, Map<Integer, String> currentNames) {
        String mine = name.toLowerCase(Locale.ROOT);
        currentNames.forEach((other, otherName) -> {
            if (other != typeNumber && otherName.strip().toLowerCase(Locale.ROOT).equals(mine)) {
                throw new RuleViolationException("type " + other + " is already named '" + otherName
                        + "'; two types cannot share a name");
            }
        });
    }
}
