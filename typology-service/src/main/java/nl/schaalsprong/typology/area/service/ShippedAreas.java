package nl.schaalsprong.typology.area.service;

import nl.schaalsprong.typology.area.domain.Area;
import nl.schaalsprong.typology.mapping.CsvReader;
import nl.schaalsprong.typology.mapping.CsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The register of areas as shipped in {@code src/main/resources/cbs} (Bron: CBS, see NOTICE.md there): every buurt
 * code of 2024 with its name, every wijk and gemeente code with its inhabitants, and the gemeente names from the
 * gemeentenaam column of the demographic buurt file (the only shipped file that names gemeenten; none names wijken).
 * Buurt inhabitants come from that file too, for the buurten it has.
 */
final class ShippedAreas {

    static final String BUURT_NAMES = "/cbs/cbs_buurtnamen_2024_85984NED.csv";
    static final String WIJKEN_GEMEENTEN = "/cbs/cbs_kwb2024_wijken_gemeenten_basis.csv";
    static final String DEMOGRAPHICS = "/cbs/cbs_kwb2024_buurten_nl_demografie.csv";

    private ShippedAreas() {
    }

    static List<Area> read() {
        Map<String, String> gemeenteNames = new HashMap<>();
        Map<String, Long> buurtInhabitants = new HashMap<>();
        rows(DEMOGRAPHICS, row -> {
            String code = row.get("buurtcode");
            gemeenteNames.putIfAbsent("GM" + code.substring(2, 6), row.get("gemeentenaam"));
            Long inhabitants = count(row.get("AantalInwoners_5"));
            if (inhabitants != null) {
                buurtInhabitants.put(code, inhabitants);
            }
        });
        List<Area> areas = new ArrayList<>();
        rows(WIJKEN_GEMEENTEN, row -> {
            String code = row.get("code");
            Long inhabitants = count(row.get("AantalInwoners_5"));
            if (code.startsWith("GM")) {
                String name = gemeenteNames.get(code);
                if (name == null) {
                    throw new IllegalStateException("gemeente " + code + " has no name in " + DEMOGRAPHICS);
                }
                areas.add(Area.gemeente(code, name, inhabitants));
            } else {
                areas.add(Area.wijk(code, inhabitants));
            }
        });
        rows(BUURT_NAMES, row -> areas.add(Area.buurt(row.get("Identifier"), row.get("Title"),
                buurtInhabitants.get(row.get("Identifier")))));
        return areas;
    }

    /** Reads a shipped CSV, calling {@code each} with every row as column → field. */
    private static void rows(String resource, Consumer<Map<String, String>> each) {
        try (InputStream in = ShippedAreas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            CsvReader csv = new CsvReader(reader, ',');
            List<String> header = csv.next().fields();
            for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                if (record.isMalformed() || record.fields().size() != header.size()) {
                    throw new IllegalStateException(resource + " line " + record.line() + " is malformed");
                }
                Map<String, String> row = new HashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    row.put(header.get(c).strip(), record.fields().get(c).strip());
                }
                each.accept(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CBS writes counts as whole numbers, sometimes with ".0"; empty, "." and "-" mean unknown. */
    private static Long count(String field) {
        if (field == null || field.isEmpty() || field.equals(".") || field.equals("-")) {
            return null;
        }
        return Math.round(Double.parseDouble(field));
    }
}
