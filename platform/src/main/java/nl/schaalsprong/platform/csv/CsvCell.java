package nl.schaalsprong.platform.csv;

/**
 * One cell of a {@code text/csv} answer (RFC 4180), written once for every service's CSV downloads: names may hold
 * commas, quotes and line breaks ('n Oaln Diek, a proeftuin's name), so such a value is quoted with its quotes doubled;
 * no value is an empty cell.
 */
public final class CsvCell {

    private CsvCell() {
    }

    public static String of(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
