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
 * code of 2024 with its name, every wijk and gemeente code with its inhabitants, the wijk names from CBS
 * Gebiedsindelingen 2024, and the gemeente names from the gemeentenaam column of the demographic buurt file (the only
 * shipped file that names gemeenten). Buurt inhabitants come from that file too, for the buurten it has. A wijk or
 * gemeente without a name stops the read: the files belong together, so a gap means a wrong file was shipped.
 */
final class ShippedAreas {

    static final String BUURT_NAMES = "/cbs/cbs_buurtnamen_2024_85984NED.csv";
    static final String WIJKEN_GEMEENTEN = "/cbs/cbs_kwb2024_wijken_gemeenten_basis.csv";
    static final String DEMOGRAPHICS = "/cbs/cbs_kwb2024_buurten_nl_demografie.csv";
    static final String WIJK_NAMES = "/cbs/cbs_wijknamen_2024.csv";

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
        Map<String, String> wijkNames = new HashMap<>();
        rows(WIJK_NAMES, row -> wijkNames.put(row.get("code"), row.get("naam")));
        List<Area> areas = new ArrayList<>();
        rows(WIJKEN_GEMEENTEN, row -> {
            String code = row.get("code");
            Long inhabitants = count(row.get("AantalInwoners_5"));
            if (code.startsWith("GM")) {
                areas.add(Area.gemeente(code, named(gemeenteNames, code, DEMOGRAPHICS), inhabitants));
            } else {
                areas.add(Area.wijk(code, named(wijkNames, code, WIJK_NAMES), inhabitants));
            }
        });
        rows(BUURT_NAMES, row -> areas.add(Area.buurt(row.get("Identifier"), row.get("Title"),
                buurtInhabitants.get(row.get("Identifier")))));
        return areas;
    }

    private static String named(Map<String, String> names, String code, String resource) {
        String name = names.get(code);
        if (name == null || name.isEmpty()) {
            throw new IllegalStateException(code + " has no name in " + resource);
        }
        return name;
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
