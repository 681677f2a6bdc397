package nl.schaalsprong.typology.mapping;

import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.domain.CbsBuurt;
import nl.schaalsprong.platform.cbs.InvalidCodeException;
import nl.schaalsprong.typology.domain.Kerncijfer;
import nl.schaalsprong.typology.domain.Kerncijfers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a CBS "Kerncijfers wijken en buurten" buurt file into buurten, one row at a time. Each row is accepted
 * or rejected on its own with its line number, so a file with a few bad rows still brings in the good ones.
 * The delimiter is a comma, or a semicolon when the header uses those (CBS's Dutch exports do, with decimal
 * commas).
 */
public final class CbsKwbReader {

    /** How CBS writes "no figure": secret, too few inhabitants, or not measured. */
    public static final Set<String> MISSING = Set.of("", ".", "-");

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final int HEADER_PEEK = 64 * 1024;

    private final CsvReader csv;
    private final CbsKwbHeader header;
    private final boolean decimalComma;
    private final Map<BuurtCode, Long> seen = new HashMap<>();

    private CbsKwbReader(CsvReader csv, CbsKwbHeader header, boolean decimalComma) {
        this.csv = csv;
        this.header = header;
        this.decimalComma = decimalComma;
    }

    /** Opens the file and reads its header; throws {@link RuleViolationException} when it is no KWB buurt file. */
    public static CbsKwbReader open(Reader source) {
        return open(source, CbsKwbHeader::of);
    }

    /**
     * Opens a third party's file whose columns {@code mapping} names; rows are then checked exactly as a CBS file's.
     * Throws {@link RuleViolationException} when the header lacks a mapped column.
     */
    public static CbsKwbReader open(Reader source, ColumnMapping mapping) {
        return open(source, columns -> CbsKwbHeader.mapped(columns, mapping));
    }

    private static CbsKwbReader open(Reader source, Function<List<String>, CbsKwbHeader> headerOf) {
        BufferedReader in = new BufferedReader(source, HEADER_PEEK);
        char delimiter = delimiterOf(in);
        CsvReader csv = new CsvReader(in, delimiter);
        CsvRecord first = csv.next();
        if (first == null) {
            throw new RuleViolationException("the file is empty; expected a CSV header and buurt rows");
        }
        if (first.isMalformed()) {
            throw new RuleViolationException("the CSV header on line " + first.line() + " cannot be read: "
                    + first.malformation());
        }
        return new CbsKwbReader(csv, headerOf.apply(first.fields()), delimiter == ';');
    }

    public CbsKwbHeader header() {
        return header;
    }

    /** The next data row, or {@code null} at the end of the file. */
    public CbsKwbRow next() {
        CsvRecord record = csv.next();
        if (record == null) {
            return null;
        }
        if (record.isMalformed()) {
            return new CbsKwbRow.Rejected(record.line(), record.malformation());
        }
        return toRow(record);
    }

    private CbsKwbRow toRow(CsvRecord record) {
        List<String> fields = record.fields();
        long line = record.line();
        if (fields.size() != header.width()) {
            return new CbsKwbRow.Rejected(line, "has " + fields.size() + " fields where the header has "
                    + header.width());
        }
        BuurtCode code;
        try {
            code = BuurtCode.of(fields.get(header.code()).trim());
        } catch (InvalidCodeException e) {
            return new CbsKwbRow.Rejected(line, e.getMessage());
        }
        Long earlier = seen.get(code);
        if (earlier != null) {
            return new CbsKwbRow.Rejected(line, "buurt " + code + " already occurs on line " + earlier);
        }
        String naam = fields.get(header.naam()).trim();
        String gemeenteNaam = fields.get(header.gemeenteNaam()).trim();
        if (naam.isEmpty() || gemeenteNaam.isEmpty()) {
            return new CbsKwbRow.Rejected(line, "buurt " + code + " lacks its " + (naam.isEmpty() ? "name" : "gemeente name"));
        }
        Map<Kerncijfer, Double> values = new EnumMap<>(Kerncijfer.class);
        for (Map.Entry<Kerncijfer, Integer> column : header.figures().entrySet()) {
            Kerncijfer figure = column.getKey();
            String text = fields.get(column.getValue()).trim();
            if (MISSING.contains(text)) {
                continue;
            }
            if (decimalComma) {
                text = text.replace(',', '.');
            }
            if (!NUMBER.matcher(text).matches()) {
                return new CbsKwbRow.Rejected(line, header.key(figure) + " '" + text + "' is not a number");
            }
            double value = Double.parseDouble(text);
            String violation = figure.violation(value);
            if (violation != null) {
                return new CbsKwbRow.Rejected(line, header.key(figure) + " " + violation + ", got " + text);
            }
            values.put(figure, value);
        }
        // Only accepted rows claim their code: a corrected repeat of a rejected row still counts.
        seen.put(code, line);
        return new CbsKwbRow.Accepted(line, new CbsBuurt(code, naam, gemeenteNaam, Kerncijfers.of(values)));
    }

    /** A semicolon-separated header means a Dutch-style export; anything else is read as comma-separated. */
    private static char delimiterOf(BufferedReader in) {
        try {
            in.mark(HEADER_PEEK);
            int semicolons = 0;
            int commas = 0;
            for (int c = in.read(); c != -1 && c != '\n' && c != '\r'; c = in.read()) {
                if (c == ';') {
                    semicolons++;
                } else if (c == ',') {
                    commas++;
                }
            }
            in.reset();
            return semicolons > commas ? ';' : ',';
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the CSV header", e);
        }
    }
}
