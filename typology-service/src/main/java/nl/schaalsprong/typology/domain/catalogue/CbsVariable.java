package nl.schaalsprong.typology.domain.catalogue;

/**
 * One variable as CBS describes it in its table metadata (85984NED). {@code stem} is the CBS key without its
 * numeric suffix, because CBS renumbers keys between table revisions ({@code MateVanStedelijkheid_122}, {@code _127}).
 */
public record CbsVariable(String stem, String title, String unit, String description) {

    public CbsVariable {
        if (stem == null || stem.isBlank()) {
            throw new IllegalArgumentException("a CBS variable needs a key");
        }
        title = title == null ? "" : title.strip();
        unit = unit == null ? "" : unit.strip();
        // CBS pads its descriptions with runs of spaces where its own layout had line breaks.
        description = description == null ? "" : description.strip().replaceAll("\\s{2,}", " ");
    }

    /** The CBS key stem: {@code MateVanStedelijkheid_127} becomes {@code MateVanStedelijkheid}. */
    public static String stemOf(String cbsKey) {
        return cbsKey.strip().replaceFirst("_\\d+$", "");
    }
}
