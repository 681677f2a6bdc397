package nl.schaalsprong.typology.domain.catalogue;

/** A value on one dimension for one buurt: a level (ordinal, categorical) or a number, never both. */
public record AttributeValue(String text, Double number) {

    public AttributeValue {
        if ((text == null) == (number == null)) {
            throw new IllegalArgumentException("an attribute value is either text or a number");
        }
        if (number != null && (number.isNaN() || number.isInfinite())) {
            throw new IllegalArgumentException("not a finite number: " + number);
        }
    }

    public static AttributeValue level(String text) {
        return new AttributeValue(text, null);
    }

    public static AttributeValue number(double number) {
        return new AttributeValue(null, number);
    }

    /** As the API shows it: the level, or the number. */
    public Object shown() {
        return text != null ? text : number;
    }
}
