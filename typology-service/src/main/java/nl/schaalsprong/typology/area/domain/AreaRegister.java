package nl.schaalsprong.typology.area.domain;

import nl.schaalsprong.platform.domain.MalformedValueException;
import nl.schaalsprong.platform.domain.NotFoundException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every buurt, wijk and gemeente of one CBS year, findable by code and by name. Immutable and held in memory:
 * about 18,300 areas, so a search scans every searchable name (a few milliseconds), and ranks as {@link #RANKING}
 * says.
 */
public final class AreaRegister {

    /** One hit of a search: the area and how well its name matched. */
    public record Hit(Area area, NameMatch match) {
    }

    /** One page of hits and how many there are in all. */
    public record Found(List<Hit> hits, long total) {
    }

    /**
     * Best match first; at equal match the larger level (a gemeente before its wijken and buurten, since a name
     * that is a gemeente's is usually meant as the gemeente), then more inhabitants (areas without a count last),
     * then name and code, so the order is total and pages are stable.
     */
    static final Comparator<Hit> RANKING = Comparator.comparing(Hit::match)
            .thenComparing(hit -> -hit.area().level().ordinal())
            .thenComparing(hit -> hit.area().inhabitants() == null ? 1 : -hit.area().inhabitants(),
                    Comparator.<Long>naturalOrder())
            .thenComparing(hit -> hit.area().name())
            .thenComparing(hit -> hit.area().code());

    private final List<Area> areas;
    private final String[] searchable;
    private final Map<String, Area> byCode;

    public AreaRegister(List<Area> areas) {
        this.areas = List.copyOf(areas);
        this.searchable = new String[this.areas.size()];
        this.byCode = new HashMap<>(this.areas.size() * 2);
        for (int i = 0; i < this.areas.size(); i++) {
            Area area = this.areas.get(i);
            if (byCode.put(area.code(), area) != null) {
                throw new IllegalArgumentException("area " + area.code() + " occurs twice");
            }
            searchable[i] = SearchableName.of(area.name());
        }
        for (Area area : this.areas) {
            requireParent(area, area.wijkCode());
            requireParent(area, area.gemeenteCode());
        }
    }

    public int size() {
        return areas.size();
    }

    public Optional<Area> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** @throws NotFoundException for a code of the right form that is not in the register */
    public Area get(String code) {
        AreaLevel level = AreaLevel.ofWellFormedCode(code);
        return find(code).orElseThrow(() -> new NotFoundException(level.parameter(), code));
    }

    /** The areas whose name matches the query, or whose code is the query (case ignored), ranked, one page. */
    public Found search(AreaQuery query, int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page from 0 and size from 1, got " + page + ", " + size);
        }
        String text = query.searchable();
        String code = query.text().toUpperCase(Locale.ROOT);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            Area area = areas.get(i);
            if (!query.admits(area.level())) {
                continue;
            }
            NameMatch match = area.code().equals(code) ? NameMatch.EXACT : NameMatch.of(searchable[i], text);
            if (match != null) {
                hits.add(new Hit(area, match));
            }
        }
        hits.sort(RANKING);
        long from = Math.min((long) page * size, hits.size());
        long to = Math.min(from + size, hits.size());
        return new Found(List.copyOf(hits.subList((int) from, (int) to)), hits.size());
    }

    /**
     * The buurten lying in a wijk or gemeente, by name (then code): a nomination is per buurt, so whoever picked a
     * wijk or gemeente chooses one of these. A gemeente holds at most a few hundred, so they come as one list.
     *
     * @throws NotFoundException for a well-formed code not in the register
     * @throws MalformedValueException for a buurt code (a buurt holds no buurten)
     */
    public List<Area> buurtenIn(String code) {
        Area container = get(code);
        if (container.level() == AreaLevel.BUURT) {
            throw new MalformedValueException(code + " is a buurt; only a wijk or a gemeente holds buurten");
        }
        return areas.stream()
                .filter(area -> area.level() == AreaLevel.BUURT)
                .filter(area -> code.equals(area.wijkCode()) || code.equals(area.gemeenteCode()))
                .sorted(Comparator.comparing(Area::name).thenComparing(Area::code))
                .toList();
    }

    private void requireParent(Area area, String parent) {
        if (parent != null && !byCode.containsKey(parent)) {
            throw new IllegalArgumentException(area.code() + " lies in " + parent + ", which is not in the register");
        }
    }
}
