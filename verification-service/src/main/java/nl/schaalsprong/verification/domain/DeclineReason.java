package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.domain.MalformedValueException;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A structured "why not here": its {@link DeclineReasonKind} with what that kind needs. A dimension that differs
 * names the basis dimension (a key such as STEDELIJKHEID), a barrier names its lessons-service id, and OTHER says
 * it in words; words may accompany any kind. Self-checking: a reason that lacks what its kind needs, or carries
 * what another kind needs, cannot be made: a malformed request (400) whichever way it arrives.
 *
 * @param dimension a basis dimension key; only with {@link DeclineReasonKind#DIMENSION_DIFFERS}, which needs it
 * @param barrierId a lessons-service barrier; only with {@link DeclineReasonKind#BARRIER}, which needs it
 * @param text      stripped, at most {@link #MAX_TEXT} characters; needed with {@link DeclineReasonKind#OTHER}
 */
public record DeclineReason(DeclineReasonKind kind, String dimension, UUID barrierId, String text) {

    public static final int MAX_TEXT = 2000;
    /** The form of a basis dimension key, as typology-service defines it. */
    public static final String DIMENSION_FORM = "^[A-Z][A-Z0-9_]{1,63}$";
    private static final Pattern DIMENSION = Pattern.compile(DIMENSION_FORM);

    public DeclineReason {
        Objects.requireNonNull(kind, "kind");
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw new MalformedValueException("a decline's text is at most " + MAX_TEXT + " characters");
        }
        boolean dimensionKind = kind == DeclineReasonKind.DIMENSION_DIFFERS;
        if (dimensionKind && (dimension == null || !DIMENSION.matcher(dimension).matches())) {
            throw new MalformedValueException("a decline of kind DIMENSION_DIFFERS needs the dimension the buurt"
                    + " differs on, a dimension key such as STEDELIJKHEID");
        }
        if (!dimensionKind && dimension != null) {
            throw new MalformedValueException("only a decline of kind DIMENSION_DIFFERS names a dimension");
        }
        if (kind == DeclineReasonKind.BARRIER && barrierId == null) {
            throw new MalformedValueException("a decline of kind BARRIER needs the barrierId of the barrier");
        }
        if (kind != DeclineReasonKind.BARRIER && barrierId != null) {
            throw new MalformedValueException("only a decline of kind BARRIER names a barrierId");
        }
        if (kind == DeclineReasonKind.OTHER && text == null) {
            throw new MalformedValueException("a decline of kind OTHER needs its text");
        }
    }

    /** A reason in words alone: how every decline was given before the kinds existed. */
    public static DeclineReason other(String text) {
        return new DeclineReason(DeclineReasonKind.OTHER, null, null, text);
    }

    /** The words given, or else the kind said in words: what a client that knows only a free-text reason reads. */
    public String summary() {
        if (text != null) {
            return text;
        }
        return switch (kind) {
            case DIMENSION_DIFFERS -> "the buurt differs on " + dimension;
            case APPROACH_ALREADY_CHOSEN -> "an approach has already been chosen";
            case NO_CAPACITY -> "no capacity";
            case BARRIER -> "barrier " + barrierId;
            case OTHER -> throw new IllegalStateException("OTHER always has its text");
        };
    }
}
