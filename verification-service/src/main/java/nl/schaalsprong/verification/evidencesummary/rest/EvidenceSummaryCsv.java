package nl.schaalsprong.verification.evidencesummary.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ext.Provider;
import nl.schaalsprong.platform.csv.CsvAnswer;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The evidence summary as CSV, the columns of the dashboard's chart: the key (route or layer; empty for the lessons
 * without one), the lessons and the five levels; the total last.
 */
@Provider
@Produces(CsvAnswer.TEXT_CSV)
public class EvidenceSummaryCsv extends CsvAnswer<EvidenceSummaryView> {

    public EvidenceSummaryCsv() {
        super(EvidenceSummaryView.class, null);
    }

    @Override
    protected String header(EvidenceSummaryView summary) {
        return summary.by().name().toLowerCase(Locale.ROOT)
                + ",lessons,ORIGIN_ONLY,INDICATIVE,REPLICATED,ESTABLISHED,CONTESTED";
    }

    @Override
    protected Stream<List<?>> rows(EvidenceSummaryView summary) {
        return Stream.concat(summary.groups().stream().map(g -> row(g.key() == null ? "" : g.key(), g)),
                Stream.of(row("total", summary.total())));
    }

    private static List<?> row(String key, EvidenceSummaryView.Group g) {
        return List.of(key, g.lessons(), g.originOnly(), g.indicative(), g.replicated(), g.established(),
                g.contested());
    }
}
