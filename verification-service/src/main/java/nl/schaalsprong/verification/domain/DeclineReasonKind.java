package nl.schaalsprong.verification.domain;

/**
 * Why a gemeente will not try a lesson in a buurt ("why not here"), as a kind that can be counted and learned from:
 * <ul>
 *   <li>{@link #DIMENSION_DIFFERS}: the buurt differs from the lesson's origin on a dimension of the basis that
 *       matters here; evidence against that dimension being ignorable, so learning counts it;</li>
 *   <li>{@link #APPROACH_ALREADY_CHOSEN}: the buurt already follows another approach;</li>
 *   <li>{@link #NO_CAPACITY}: no people or money to try it now;</li>
 *   <li>{@link #BARRIER}: a barrier known in lessons-service stands in the way;</li>
 *   <li>{@link #OTHER}: anything else, said in words (and every decline from before the kinds existed).</li>
 * </ul>
 */
public enum DeclineReasonKind {
    DIMENSION_DIFFERS,
    APPROACH_ALREADY_CHOSEN,
    NO_CAPACITY,
    BARRIER,
    OTHER
}
