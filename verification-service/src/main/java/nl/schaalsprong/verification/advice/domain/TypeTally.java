package nl.schaalsprong.verification.advice.domain;

/**
 * How one component fared in the buurten of one typology type: distinct buurten outside every pooled origin, by
 * outcome, and those that declined to try it.
 */
public record TypeTally(int confirmed, int notConfirmed, int inconclusive, int declined) {

    public static final TypeTally NONE = new TypeTally(0, 0, 0, 0);

    public int decisive() {
        return confirmed + notConfirmed;
    }

    public TypeTally plus(TypeTally other) {
        return new TypeTally(confirmed + other.confirmed, notConfirmed + other.notConfirmed,
                inconclusive + other.inconclusive, declined + other.declined);
    }
}
