package nl.schaalsprong.typology.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.domain.ComparabilitySnapshot;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.Derivation;
import nl.schaalsprong.typology.domain.catalogue.DimensionCatalogue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.figure.KwbFigures;
import nl.schaalsprong.typology.figure.domain.DerivedDimension;
import nl.schaalsprong.typology.figure.domain.Figure;
import nl.schaalsprong.typology.figure.domain.FigureCatalogue;
import nl.schaalsprong.typology.figure.domain.FigureDimensions;
import nl.schaalsprong.typology.figure.rest.FigureRequest;
import nl.schaalsprong.typology.mapping.BuurtFileReader;
import nl.schaalsprong.typology.mapping.BuurtFileRow;
import nl.schaalsprong.typology.mapping.ColumnMapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The population a fresh local run searches, read from the files it ships with the service's own readers: every buurt
 * of 2024 registered by name, the national CBS KWB figures, and the two energy files through the mappings and figure
 * declarations of their {@code .import.json} (exactly what {@code deploy/local/run.sh} posts), with the derived
 * dimension {@code LOG_WONINGEN}. Codes of an energy file that are not registered buurten are left out, as the import
 * reports them unplaced. For benchmarks only.
 */
final class NationalFile {

    static final String BUURTNAMEN = "/cbs/cbs_buurtnamen_2024_85984NED.csv";
    static final String KWB = "/cbs/cbs_kwb2024_buurten_nl_demografie.csv";
    static final List<String> ENERGY = List.of("/energie/cbs_hoofdverwarming_woningen_buurt_2021.import.json",
            "/energie/pbl_startanalyse_warmtevraag_weq_buurt.import.json");

    private static final ObjectMapper JSON = new ObjectMapper();

    final DimensionCatalogue catalogue;
    final List<ComparabilitySnapshot.Member> members;

    private NationalFile(DimensionCatalogue catalogue, List<ComparabilitySnapshot.Member> members) {
        this.catalogue = catalogue;
        this.members = members;
    }

    /**
     * @param attributes steward attributes per buurt to add (a benchmark's synthetic categorical column), computed from
     *                   the buurt's figures; may answer an empty map
     */
    static NationalFile load(java.util.function.Function<Map<DimensionKey, AttributeValue>,
            Map<DimensionKey, AttributeValue>> attributes) {
        try {
            FigureCatalogue kwb = KwbFigures.figures();
            FigureCatalogue figures = kwb;
            Map<BuurtCode, String[]> names = new TreeMap<>();
            Map<BuurtCode, Map<DimensionKey, AttributeValue>> values = new HashMap<>();
            for (BuurtFileRow row : rows(BUURTNAMEN, reader -> BuurtFileReader.mapped(reader,
                    new ColumnMapping("Identifier", "Title", null, List.of(), Set.of()), kwb))) {
                if (row instanceof BuurtFileRow.Accepted accepted) {
                    names.put(accepted.buurt().code(), new String[]{accepted.buurt().naam(), null});
                }
            }
            for (BuurtFileRow row : rows(KWB, reader -> BuurtFileReader.cbsKwb(reader, KwbFigures.figures()))) {
                if (row instanceof BuurtFileRow.Accepted accepted) {
                    var buurt = accepted.buurt();
                    names.put(buurt.code(), new String[]{buurt.naam(), buurt.gemeenteNaam()});
                    values.computeIfAbsent(buurt.code(), c -> new HashMap<>()).putAll(buurt.figures());
                }
            }
            for (String spec : ENERGY) {
                JsonNode specification = JSON.readTree(resource(spec));
                JsonNode request = specification.path("request");
                List<Figure> declared = new ArrayList<>();
                for (JsonNode figure : request.path("figures")) {
                    declared.add(JSON.treeToValue(figure, FigureRequest.class).toFigure());
                }
                figures = figures.withDeclared(declared);
                ColumnMapping mapping = mapping(request.path("mapping"));
                FigureCatalogue catalogue = figures;
                String file = spec.substring(0, spec.lastIndexOf('/') + 1) + specification.path("file").asText();
                for (BuurtFileRow row : rows(file, reader -> BuurtFileReader.mapped(reader, mapping, catalogue))) {
                    if (row instanceof BuurtFileRow.Accepted accepted && names.containsKey(accepted.buurt().code())) {
                        values.computeIfAbsent(accepted.buurt().code(), c -> new HashMap<>())
                                .putAll(accepted.buurt().figures());
                    }
                }
            }
            List<DerivedDimension> derived = new ArrayList<>(KwbFigures.derived());
            derived.add(new DerivedDimension(DimensionKey.of("LOG_WONINGEN"), "Aantal woningen (logaritmisch)",
                    "ln(1 + woningen)", "", Derivation.LOG, List.of(DimensionKey.of("WONINGEN"))));
            List<ComparabilitySnapshot.Member> members = new ArrayList<>(names.size());
            for (var entry : names.entrySet()) {
                Map<DimensionKey, AttributeValue> own = values.getOrDefault(entry.getKey(), Map.of());
                members.add(new ComparabilitySnapshot.Member(entry.getKey(), entry.getValue()[0],
                        entry.getValue()[1] == null ? "" : entry.getValue()[1], own, attributes.apply(own)));
            }
            return new NationalFile(FigureDimensions.catalogue(figures, derived), members);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ColumnMapping mapping(JsonNode mapping) {
        List<ColumnMapping.FigureColumn> columns = new ArrayList<>();
        mapping.path("figures").fields().forEachRemaining(e -> columns.add(new ColumnMapping.FigureColumn(
                DimensionKey.of(e.getKey()), e.getValue().isTextual() ? e.getValue().asText()
                : e.getValue().path("column").asText(), e.getValue().path("percentage").asBoolean(false))));
        Set<String> missing = new HashSet<>();
        mapping.path("missing").forEach(m -> missing.add(m.asText()));
        return new ColumnMapping(mapping.path("code").asText(), null, null, columns, missing);
    }

    private interface Opener {
        BuurtFileReader open(Reader reader);
    }

    private static List<BuurtFileRow> rows(String resource, Opener opener) throws IOException {
        List<BuurtFileRow> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(resource(resource), StandardCharsets.UTF_8)) {
            BuurtFileReader file = opener.open(reader);
            for (BuurtFileRow row = file.next(); row != null; row = file.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static InputStream resource(String name) {
        InputStream in = NationalFile.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("not on the class path: " + name);
        }
        return in;
    }
}
