package nl.schaalsprong.typology.mapping;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.InvalidCodeException;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.imports.ImportedBuurt;
import nl.schaalsprong.typology.figure.domain.FigureCatalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a buurt file into buurten, one row at a time. Each row is accepted or rejected on its own with its line
 * number and the column at fault, so a file with a few bad rows still brings in the good ones. The delimiter is a
 * comma, or a semicolon when the header has more of those (Dutch exports, which write decimal commas).
 */
public final class BuurtFileReader {

    private static final int HEADER_PEEK = 64 * 1024;

    private final CsvReader csv;
    private final BuurtFileHeader header;
    private final boolean decimalComma;
    private final Map<BuurtCode, Long> seen = new HashMap<>();

    private BuurtFileReader(CsvReader csv, BuurtFileHeader header, boolean decimalComma) {
        this.csv = csv;
        this.header = header;
        this.decimalComma = decimalComma;
    }

    /** Opens a CBS KWB buurt file; throws {@link RuleViolationException} when it is none. */
    public static BuurtFileReader cbsKwb(Reader source, FigureCatalogue catalogue) {
        return open(source, columns -> BuurtFileHeader.cbsKwb(columns, catalogue));
    }

    /**
     * Opens any file whose columns {@code mapping} names. Throws {@link RuleViolationException} when the file is empty
     * or header-only, or its header lacks a mapped column.
     */
    public static BuurtFileReader mapped(Reader source, ColumnMapping mapping, FigureCatalogue catalogue) {
        return open(source, columns -> BuurtFileHeader.mapped(columns, mapping, catalogue));
    }

    private static BuurtFileReader open(Reader source, Function<List<String>, BuurtFileHeader> headerOf) {
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
        return new BuurtFileReader(csv, headerOf.apply(first.fields()), delimiter == ';');
    }

    public BuurtFileHeader header() {
        return header;
    }

    /** The next data row, or {@code null} at the end of the file. */
    public BuurtFileRow next() {
        CsvRecord record = csv.next();
        if (record == null) {
            return null;
        }
        if (record.isMalformed()) {
            return new BuurtFileRow.Rejected(record.line(), record.malformation());
        }
        return toRow(record);
    }

    private BuurtFileRow toRow(CsvRecord record) {
        List<String> fields = record.fields();
        long line = record.line();
        if (fields.size() != header.width()) {
            return new BuurtFileRow.Rejected(line, "has " + fields.size() + " fields where the header has "
                    + header.width());
        }
        BuurtCode code;
        try {
            code = BuurtCode.of(fields.get(header.code()).trim());
        } catch (InvalidCodeException e) {
            return new BuurtFileRow.Rejected(line, e.getMessage());
        }
        Long earlier = seen.get(code);
        if (earlier != null) {
            return new BuurtFileRow.Rejected(line, "buurt " + code + " already occurs on line " + earlier);
        }
        String naam = null;
        String gemeenteNaam = null;
        if (header.namesBuurten()) {
            naam = fields.get(header.naam()).trim();
            gemeenteNaam = header.gemeenteNaam() < 0 ? null : fields.get(header.gemeenteNaam()).trim();
            if (naam.isEmpty() || "".equals(gemeenteNaam)) {
                return new BuurtFileRow.Rejected(line, "buurt " + code + " lacks its "
                        + (naam.isEmpty() ? "name" : "gemeente name"));
            }
        }
        Map<DimensionKey, AttributeValue> values = new LinkedHashMap<>();
        String[] reason = new String[1];
        for (BuurtFileHeader.FigureColumn column : header.figures()) {
            String text = fields.get(column.index()).trim();
            if (header.isMissing(text)) {
                continue;
            }
            if (decimalComma && !column.figure().hasLevels()) {
                text = text.replace(',', '.');
            }
            AttributeValue value = column.figure().read(text, column.factor(), reason);
            if (value == null) {
                return new BuurtFileRow.Rejected(line, "column " + column.spelled() + ": " + reason[0]);
            }
            values.put(column.figure().key(), value);
        }
        // Only accepted rows claim their code: a corrected repeat of a rejected row still counts.
        seen.put(code, line);
        return new BuurtFileRow.Accepted(line, new ImportedBuurt(code, naam, gemeenteNaam, values));
    }

    /**
     * A semicolon-separated header means a Dutch-style export; anything else is read as comma-separated. The header
     * must end within {@value #HEADER_PEEK} characters: the reader can only look that far ahead and go back, and no
     * buurt file's header comes near it (a file of one endless line is no buurt file).
     */
    private static char delimiterOf(BufferedReader in) {
        try {
            in.mark(HEADER_PEEK);
            int semicolons = 0;
            int commas = 0;
            int read = 0;
            for (int c = in.read(); c != -1 && c != '\n' && c != '\r'; c = in.read()) {
                if (++read >= HEADER_PEEK) {
                    throw new RuleViolationException("the CSV header on line 1 has no line end within its first "
                            + HEADER_PEEK + " characters; expected a header line, then one buurt per line");
                }
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
