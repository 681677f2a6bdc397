package nl.schaalsprong.local.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped mapping of the known proeftuinen to their buurten of 2024 (issue 10, pilot bias): it is what the stated
 * rule derives from its sources, it claims only buurten that exist, Paddepoel en Selwerd maps to its buurten, every
 * proeftuin left unmapped is named in the NOTICE, and both the local run and the compose init step import it as
 * PROEFTUIN_STATUS through the mapped import.
 */
class ProeftuinBuurtenTest {

    private static final Path ROOT = ServiceConfiguration.ROOT;
    private static final String NOTICE = "typology-service/src/main/resources/proeftuinen/NOTICE.md";
    private static final String SEED = "lessons-service/src/main/resources/db/migration/V3__proeftuinen_seed.sql";

    @Test
    void theShippedFilesAreWhatTheRuleDerivesFromItsSources() throws IOException {
        ProeftuinBuurten.Derivation derived = ProeftuinBuurten.derive(ROOT);
        assertEquals(derived.csv(), read(ProeftuinBuurten.MAPPING),
                "rerun: java deploy/local/launcher/src/test/java/nl/schaalsprong/local/run/ProeftuinBuurten.java");
        assertEquals(derived.overview(), read(ProeftuinBuurten.OVERVIEW), "the overview is derived too");
        assertEquals(50, derived.proeftuinen().size(), "every proeftuin of the list has its line");
    }

    @Test
    void everyClaimedBuurtIsABuurtOf2024OfItsProeftuinsGemeente() throws IOException {
        Map<String, String> buurtnamen = new HashMap<>();
        for (List<String> row : ProeftuinBuurten.rows(ROOT.resolve(ProeftuinBuurten.BUURTNAMEN))) {
            buurtnamen.put(row.get(0), row.get(1));
        }
        String seed = read(SEED);
        Set<String> codes = new HashSet<>();
        List<List<String>> rows = ProeftuinBuurten.rows(ROOT.resolve(ProeftuinBuurten.MAPPING));
        assertFalse(rows.isEmpty());
        for (List<String> row : rows) {
            String code = row.get(0);
            assertEquals(buurtnamen.get(code), row.get(1), code + " is a buurt of 2024 by that name");
            assertEquals("ja", row.get(2), code + ": a level of PROEFTUIN_STATUS");
            assertTrue(seed.contains("('" + row.get(3) + "', "), row.get(3) + " is a proeftuin of lessons-service's seed");
            assertTrue(codes.add(code), code + " has one row");
        }
    }

    @Test
    void paddepoelEnSelwerdMapsToPaddepoelNoordZuidAndSelwerd() throws IOException {
        Map<String, String> paddepoelEnSelwerd = new TreeMap<>();
        for (List<String> row : ProeftuinBuurten.rows(ROOT.resolve(ProeftuinBuurten.MAPPING))) {
            if (row.get(3).equals("groningen-paddepoel-en-selwerd")) {
                paddepoelEnSelwerd.put(row.get(0), row.get(1));
            }
        }
        assertEquals(Map.of("BU00141000", "Selwerd", "BU00141001", "Paddepoel-Zuid", "BU00141002", "Paddepoel-Noord"),
                paddepoelEnSelwerd);
        assertTrue(paddepoelEnSelwerd.containsKey(DemoLesson.ORIGIN), "the demo lesson's origin is a proeftuin buurt");
    }

    /** Unmapped stays unmapped and said: each proeftuin without buurten is named in the NOTICE, with no code. */
    @Test
    void everyUnmappedProeftuinIsListedInTheNotice() throws IOException {
        String notice = read(NOTICE);
        Set<String> mapped = ProeftuinBuurten.rows(ROOT.resolve(ProeftuinBuurten.MAPPING)).stream()
                .map(row -> row.get(3)).collect(Collectors.toSet());
        List<ProeftuinBuurten.Proeftuin> unmapped = ProeftuinBuurten.derive(ROOT).proeftuinen().stream()
                .filter(p -> p.reasonUnmapped() != null).toList();
        for (ProeftuinBuurten.Proeftuin proeftuin : unmapped) {
            assertFalse(mapped.contains(proeftuin.id()), proeftuin.id());
            assertTrue(notice.contains("`" + proeftuin.id() + "`"), proeftuin.id() + " is listed as unmapped");
        }
        assertTrue(notice.contains("Unmapped, " + unmapped.size() + ":"), "the NOTICE counts " + unmapped.size());
        assertTrue(notice.contains("CC BY 4.0") && notice.contains("Bron: CBS"), "CBS is credited");
    }

    @Test
    void theLocalRunAndTheComposeInitImportItAsProeftuinStatus() throws IOException {
        assertTrue(TypologySetup.MAPPED_IMPORTS.contains(TypologySetup.PROEFTUINEN), "the local run imports it");
        JsonNode spec = new ObjectMapper().readTree(read(TypologySetup.PROEFTUINEN));
        Path file = ROOT.resolve(TypologySetup.PROEFTUINEN).resolveSibling(spec.path("file").asText());
        assertEquals(ROOT.resolve(ProeftuinBuurten.MAPPING), file);
        assertEquals(2024, spec.path("year").asInt(), "the buurt codes are of 2024");
        JsonNode mapping = spec.path("request").path("mapping");
        List<String> header = List.of(Files.readAllLines(file, StandardCharsets.UTF_8).get(0).split(","));
        assertTrue(header.contains(mapping.path("code").asText()), "the code column is " + header);
        assertEquals("proeftuin_status", mapping.path("attributes").path("PROEFTUIN_STATUS").asText());
        assertTrue(header.contains("proeftuin_status"));
        assertTrue(mapping.path("name").isMissingNode(), "registers no buurt: every code is registered by then");

        String script = read("deploy/compose/init_typology.py");
        String resource = TypologySetup.PROEFTUINEN.substring(TypologySetup.RESOURCES.length());
        assertTrue(script.contains("\"" + resource + "\"]"), "the compose init step lists " + resource);
        assertTrue(script.contains("for spec_name in MAPPED_IMPORTS:"), "and imports each file it lists");
    }

    @Test
    void namesAreSplitOnTheSeparatorsTheListUses() {
        assertEquals(List.of("Paddepoel", "Selwerd"), ProeftuinBuurten.parts("Paddepoel en Selwerd"));
        assertEquals(List.of("Loppersum", "'t Zandt", "Westeremden"),
                ProeftuinBuurten.parts("Loppersum - 't Zandt - Westeremden"));
        assertEquals(List.of("Overwhere-Zuid"), ProeftuinBuurten.parts("Overwhere-Zuid (deel)"));
        assertEquals(List.of("Wilhelmina Gasthuis", "WG-terrein"),
                ProeftuinBuurten.parts("Wilhelmina Gasthuis (WG-terrein)"));
        assertEquals(List.of("Rotterdam-Zuid"), ProeftuinBuurten.parts("(Rotterdam-Zuid)"));
    }

    @Test
    void aBuurtMatchesOnItsWholeNameOrAFirstWordNotInsideAWord() {
        Map<String, String> buurten = Map.of("BU1", "Paddepoel-Noord", "BU2", "Paddepoelweg", "BU3", "Selwerderhof",
                "BU4", "Verspreide huizen Paddepoel", "BU5", "De Paddepoel", "BU6", "Selwerd");
        assertEquals(Set.of("BU1", "BU5"), ProeftuinBuurten.named("Paddepoel", buurten).keySet());
        assertEquals(Set.of("BU6"), ProeftuinBuurten.named("selwerd", buurten).keySet());
        assertEquals("sudwest fryslan", ProeftuinBuurten.normalised("Súdwest-Fryslân"));
        assertEquals("zandt", ProeftuinBuurten.normalised("'t Zandt"));
    }

    @Test
    void aGemeenteIsFoundByItsNameOrAnUnambiguousSuffix() {
        Map<String, String> gemeenten = Map.of("0164", "Hengelo (O.)", "0373", "Bergen (NH.)", "0893", "Bergen (L.)",
                "1900", "Súdwest-Fryslân");
        assertEquals("0164", ProeftuinBuurten.gemeenteCode("Hengelo", gemeenten));
        assertEquals("1900", ProeftuinBuurten.gemeenteCode("Sudwest-Fryslan", gemeenten));
        assertNull(ProeftuinBuurten.gemeenteCode("Bergen", gemeenten), "two gemeenten answer to Bergen");
        assertNull(ProeftuinBuurten.gemeenteCode("Loppersum", gemeenten));
    }

    private static String read(String file) throws IOException {
        return Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
    }
}
