package nl.schaalsprong.lessons.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A tag names the approach component a lesson is about, as {@code theme/component}
 * (e.g. {@code participatie/keukentafelgesprekken}), or is a free word. Tags are compared in lower case so
 * "Participatie/Keukentafelgesprekken" and its lower-case form are one tag.
 */
public record Tag(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}(/[a-z0-9][a-z0-9-]{0,62})?");

    public Tag {
        value = value == null ? null : value.strip().toLowerCase(Locale.ROOT);
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new RuleViolationException("tag '" + value + "' must look like 'theme/component' or 'word': "
                    + "lower-case letters, digits and hyphens");
        }
    }

    /** An approach component ({@code theme/component}) comes from the vocabulary; a single word is a free tag. */
    public boolean isComponent() {
        return value.indexOf('/') > 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
