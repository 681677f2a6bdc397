package nl.schaalsprong.local.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What a service serves, read from its source: the class-level {@code @Path} of every resource in a rest package. */
final class RestPaths {

    private static final Pattern CLASS_DECLARATION = Pattern.compile("(?m)^(public |final |abstract )*class ");
    private static final Pattern PATH = Pattern.compile("@Path\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");

    private RestPaths() {
    }

    /** The path templates, e.g. "/api/v1/neighbourhoods/{code}/lessons", of every resource class of the service. */
    static List<String> of(String service) {
        Path sources = ServiceConfiguration.ROOT.resolve(service).resolve("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.getParent().getFileName().toString().equals("rest"))
                    .filter(file -> file.toString().endsWith(".java"))
                    .map(RestPaths::classPath)
                    .flatMap(Optional::stream)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> classPath(Path source) {
        try {
            String text = Files.readString(source);
            Matcher declaration = CLASS_DECLARATION.matcher(text);
            if (!declaration.find()) {
                return Optional.empty();
            }
            Matcher path = PATH.matcher(text.substring(0, declaration.start()));
            String last = null;
            while (path.find()) {
                last = path.group(1);
            }
            return Optional.ofNullable(last);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request path the template matches: each {parameter} (which may hold a regular expression) as one value. */
    static String sample(String template) {
        StringBuilder path = new StringBuilder();
        int depth = 0;
        for (char c : template.toCharArray()) {
            if (c == '{') {
                if (depth++ == 0) {
                    path.append("x1");
                }
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                path.append(c);
            }
        }
        return path.toString();
    }

    /** The literal part of a template before its first parameter, without a trailing slash. */
    static String literalPrefix(String template) {
        int parameter = template.indexOf('{');
        String literal = parameter < 0 ? template : template.substring(0, parameter);
        return literal.endsWith("/") ? literal.substring(0, literal.length() - 1) : literal;
    }

    /** Kubernetes Ingress pathType Prefix: the path's elements, split by '/', begin with the prefix's elements. */
    static boolean prefixMatches(String prefix, String path) {
        List<String> wanted = segments(prefix);
        List<String> actual = segments(path);
        return actual.size() >= wanted.size() && actual.subList(0, wanted.size()).equals(wanted);
    }

    private static List<String> segments(String path) {
        return Stream.of(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }
}
