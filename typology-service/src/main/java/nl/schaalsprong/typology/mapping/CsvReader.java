package nl.schaalsprong.typology.mapping;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: fields separated by a delimiter, optionally enclosed in double quotes, a quote
 * inside a quoted field doubled, line breaks CRLF or LF (also inside quoted fields). A record with broken
 * quoting is returned as malformed with its line number and reading goes on at the next line, so one bad row
 * does not cost a whole import. A leading UTF-8 byte-order mark is skipped; blank lines are skipped.
 */
public final class CsvReader {

    private static final int END = -1;

    private final Reader in;
    private final char delimiter;
    /** The physical line the next character is on. */
    private long line = 1;
    private int pushedBack = Integer.MIN_VALUE;
    private boolean started;

    public CsvReader(Reader in, char delimiter) {
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("unusable delimiter: " + delimiter);
        }
        this.in = in;
        this.delimiter = delimiter;
    }

    /** The next record, or {@code null} at the end of the input. */
    public CsvRecord next() {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        while (c == '\n' || c == '\r') {
            endLine(c);
            c = read();
        }
        if (c == END) {
            return null;
        }
        long recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.isEmpty()) {
                String malformation = readQuoted(field);
                if (malformation != null) {
                    return CsvRecord.malformed(recordLine, malformation);
                }
                c = read();
                if (c != delimiter && c != '\n' && c != '\r' && c != END) {
                    skipRestOfLine(c);
                    return CsvRecord.malformed(recordLine, "unexpected character after the closing quote of field "
                            + (fields.size() + 1));
                }
                fields.add(field.toString());
                field.setLength(0);
                if (c == delimiter) {
                    c = read();
                    if (c == '\n' || c == '\r' || c == END) {
                        fields.add("");
                        endLine(c);
                        return CsvRecord.of(recordLine, fields);
                    }
                    continue;
                }
                endLine(c);
                return CsvRecord.of(recordLine, fields);
            }
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                c = read();
                if (c == '\n' || c == '\r' || c == END) {
                    fields.add("");
                    endLine(c);
                    return CsvRecord.of(recordLine, fields);
                }
                continue;
            }
            if (c == '\n' || c == '\r' || c == END) {
                fields.add(field.toString());
                endLine(c);
                return CsvRecord.of(recordLine, fields);
            }
            if (c == '"') {
                skipRestOfLine(read());
                return CsvRecord.malformed(recordLine, "a quote inside unquoted field " + (fields.size() + 1)
                        + "; quote the whole field and double the quote");
            }
            field.append((char) c);
            c = read();
        }
    }

    /** Reads a quoted field's content after its opening quote; returns a malformation or {@code null}. */
    private String readQuoted(StringBuilder field) {
        long opened = line;
        while (true) {
            int c = read();
            if (c == END) {
                return "quoted field opened on line " + opened + " is never closed";
            }
            if (c == '"') {
                int following = read();
                if (following == '"') {
                    field.append('"');
                    continue;
                }
                unread(following);
                return null;
            }
            if (c == '\r' || c == '\n') {
                // A line break inside a field is kept, normalised to LF whatever the file's line ends are.
                endLine(c);
                field.append('\n');
                continue;
            }
            field.append((char) c);
        }
    }

    /** Consumes the line break {@code c} (CR, LF or CRLF) that ends a line; anything else is left alone. */
    private void endLine(int c) {
        if (c == '\r') {
            line++;
            int following = read();
            if (following != '\n') {
                unread(following);
            }
        } else if (c == '\n') {
            line++;
        } else if (c != END) {
            unread(c);
        }
    }

    private void skipRestOfLine(int c) {
        while (c != '\n' && c != '\r' && c != END) {
            c = read();
        }
        endLine(c);
    }

    private int read() {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            return c;
        }
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the CSV input", e);
        }
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
