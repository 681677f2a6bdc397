package nl.schaalsprong.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of a service's {@code /q/metrics} (Prometheus text format), read the way a test asks: the sum of a
 * metric's samples whose labels include the given ones, and the metric names exposed. Also the catalogue of
 * metrics the suite promises, deploy/observability/metrics.txt, which the dashboard and alert rules may name.
 */
public final class ScrapedMetrics {

    /**
     * Name, labels (quoted values may hold a brace) and value; what follows the value is left out: a timestamp, or
     * an exemplar ({@code # {trace_id="..."} 1.0}), which Micrometer adds once tracing runs and whose own braces
     * and value must not be read as the sample's.
     */
    private static final Pattern SAMPLE = Pattern.compile(
            "^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{((?:[^\"}]|\"(?:[^\"\\\\]|\\\\.)*\")*)})?\\s+(\\S+).*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final List<Sample> samples;

    private ScrapedMetrics(List<Sample> samples) {
        this.samples = samples;
    }

    /** Reads the Prometheus text exposition format; comment lines are skipped. */
    public static ScrapedMetrics parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line.strip());
            if (line.startsWith("#") || !sample.matches()) {
                continue;
            }
            Map<String, String> labels = new java.util.HashMap<>();
            if (sample.group(3) != null) {
                Matcher label = LABEL.matcher(sample.group(3));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(4))));
        }
        return new ScrapedMetrics(samples);
    }

    /** Scrapes {@code /q/metrics} of the service under test (REST Assured's base URI and port). */
    public static ScrapedMetrics scrape() {
        return parse(io.restassured.RestAssured.given().when().get("/q/metrics").then().statusCode(200).extract()
                .asString());
    }

    /** Like {@link #value}, but a counter that never moved (not exposed yet) counts as zero. */
    public double counted(String name, Map<String, String> labels) {
        double value = value(name, labels);
        return Double.isNaN(value) ? 0 : value;
    }

    /** The sum of {@code name}'s samples carrying all of {@code labels}; NaN when there is none. */
    public double value(String name, Map<String, String> labels) {
        List<Sample> matching = samples.stream().filter(s -> s.name().equals(name))
                .filter(s -> s.labels().entrySet().containsAll(labels.entrySet())).toList();
        return matching.isEmpty() ? Double.NaN : matching.stream().mapToDouble(Sample::value).sum();
    }

    public double value(String name) {
        return value(name, Map.of());
    }

    /** Every metric name with at least one sample. */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        samples.forEach(s -> names.add(s.name()));
        return names;
    }

    /**
     * The metric names deploy/observability/metrics.txt lists under {@code service} ({@code all} for those every
     * service exposes; {@code *} asks for every name in the file).
     */
    public static Set<String> catalogue(String service) {
        Path file = observability().resolve("metrics.txt");
        try {
            Set<String> names = new LinkedHashSet<>();
            for (String line : Files.readAllLines(file)) {
                String[] columns = line.strip().split("\\s+");
                if (line.isBlank() || line.startsWith("#") || columns.length < 2) {
                    continue;
                }
                if ("*".equals(service) || columns[0].equals(service)) {
                    names.add(columns[1]);
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** deploy/observability of the repository a test runs in, found from the module directory upwards. */
    public static Path observability() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            Path candidate = directory.resolve("deploy/observability");
            if (Files.isRegularFile(candidate.resolve("metrics.txt"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no deploy/observability/metrics.txt above " + Path.of("").toAbsolutePath());
    }

    private record Sample(String name, Map<String, String> labels, double value) {
    }
}
