package nl.schaalsprong.typology.mapping;

import nl.schaalsprong.typology.domain.catalogue.CbsVariable;

import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads CBS's variable list of a table (columns Key, Title, Unit, Type, Description) into variables by key
 * stem. Rows without a key (topic groups) and malformed rows are skipped: they describe no figure.
 */
public final class CbsVariableReader {

    private CbsVariableReader() {
    }

    public static Map<String, CbsVariable> read(Reader in) {
        CsvReader csv = new CsvReader(in, ',');
        CsvRecord header = csv.next();
        if (header == null || header.isMalformed()) {
            throw new IllegalArgumentException("a CBS variable list needs a header row");
        }
        List<String> names = header.fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        int key = required(names, "key");
        int title = required(names, "title");
        int unit = names.indexOf("unit");
        int description = names.indexOf("description");
        Map<String, CbsVariable> variables = new LinkedHashMap<>();
        for (CsvRecord row = csv.next(); row != null; row = csv.next()) {
            if (row.isMalformed() || row.fields().size() <= key || row.fields().get(key).isBlank()) {
                continue;
            }
            String stem = CbsVariable.stemOf(row.fields().get(key));
            variables.putIfAbsent(stem, new CbsVariable(stem, field(row, title), field(row, unit),
                    field(row, description)));
        }
        return variables;
    }

    private static int required(List<String> names, String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("a CBS variable list needs a '" + name + "' column, got " + names);
        }
        return index;
    }

    private static String field(CsvRecord row, int index) {
        return index < 0 || index >= row.fields().size() ? "" : row.fields().get(index);
    }
}
