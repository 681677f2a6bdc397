package nl.schaalsprong.verification.subscription.domain;

import nl.schaalsprong.platform.domain.MalformedValueException;

import java.util.regex.Pattern;

/**
 * An approach tag as lessons-service writes it: a family ({@code participatie}) or a family and component
 * ({@code participatie/keukentafelgesprekken}). Subscribing to a family covers its components.
 */
public record ApproachTag(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}(/[a-z0-9][a-z0-9-]{0,62})?");

    public ApproachTag {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new MalformedValueException("'" + value + "' is not an approach tag; expected family or "
                    + "family/component in lower case, e.g. participatie/keukentafelgesprekken");
        }
    }

    /** Whether an event's tag falls under this one: the same tag, or a component of this family. */
    public boolean covers(ApproachTag tag) {
        return value.equals(tag.value) || tag.value.startsWith(value + "/");
    }

    @Override
    public String toString() {
        return value;
    }
}
