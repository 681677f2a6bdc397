package nl.schaalsprong.local.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service serves, read from its source: every resource method of a rest package, with its HTTP method and
 * its path (the class-level {@code @Path} joined with the method's own, as JAX-RS joins them).
 */
final class RestPaths {

    /** One operation a service answers, e.g. GET /api/v1/neighbourhoods/{code}/lessons of lessons-service. */
    record Endpoint(String service, String method, String template) {

        @Override
        public String toString() {
            return method + " " + template + " (" + service + ")";
        }
    }

    private static final Pattern CLASS_DECLARATION = Pattern.compile("(?m)^(public |final |abstract )*class ");
    private static final Pattern PATH = Pattern.compile("@Path\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");
    private static final Pattern EXTENDS = Pattern.compile("\\w+\\s+extends\\s+(\\w+)");
    /** Where a resource that every service extends is written once. */
    private static final Path PLATFORM = ServiceConfiguration.ROOT.resolve("platform/src/main/java/nl/schaalsprong/platform");
    private static final Pattern HTTP_METHOD = Pattern.compile("@(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\\b");

    private RestPaths() {
    }

    /** Every resource method of the service, ordered by path and method. */
    static List<Endpoint> of(String service) {
        Path sources = ServiceConfiguration.ROOT.resolve(service).resolve("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.getParent().getFileName().toString().equals("rest"))
                    .filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> endpoints(service, file).stream())
                    .sorted(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::method))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Endpoint> endpoints(String service, Path source) {
        String text;
        try {
            text = Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher declaration = CLASS_DECLARATION.matcher(text);
        if (!declaration.find()) {
            return List.of();
        }
        String classPath = lastPath(text.substring(0, declaration.start()));
        if (classPath == null) {
            return List.of();
        }
        String body = text.substring(text.indexOf('{', declaration.end()) + 1);
        List<Endpoint> endpoints = new ArrayList<>(endpoints(service, source, classPath, body));
        // A resource written once in platform (the dead letters) is served under each service's own class path.
        Matcher parent = EXTENDS.matcher(text.substring(declaration.end()));
        if (parent.lookingAt()) {
            Path inherited = PLATFORM.resolve(parent.group(1) + ".java");
            try (Stream<Path> files = Files.walk(PLATFORM)) {
                for (Path file : files.filter(f -> f.getFileName().toString().equals(inherited.getFileName().toString()))
                        .toList()) {
                    String parentText = Files.readString(file);
                    Matcher parentDeclaration = CLASS_DECLARATION.matcher(parentText);
                    if (parentDeclaration.find()) {
                        endpoints.addAll(endpoints(service, file, classPath,
                                parentText.substring(parentText.indexOf('{', parentDeclaration.end()) + 1)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return endpoints;
    }

    private static List<Endpoint> endpoints(String service, Path source, String classPath, String body) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (String member : members(body)) {
            Matcher method = HTTP_METHOD.matcher(member);
            if (method.find()) {
                Matcher path = PATH.matcher(member);
                String template = path.find() ? join(classPath, path.group(1)) : classPath;
                endpoints.add(new Endpoint(service, method.group(1), template));
            }
        }
        // A member split wrongly would merge two methods, or lose one: every HTTP method annotation is one operation.
        long annotated = HTTP_METHOD.matcher(body).results().count();
        if (annotated != endpoints.size()) {
            throw new IllegalStateException(source + ": read " + endpoints.size() + " of " + annotated + " resource methods");
        }
        return endpoints;
    }

    private static String lastPath(String text) {
        Matcher path = PATH.matcher(text);
        String last = null;
        while (path.find()) {
            last = path.group(1);
        }
        return last;
    }

    /**
     * The members of a class body, each with its annotations: split where a member ends at the body's own level, a
     * ';' or the '}' of a method body, outside literals, comments and annotation arguments (which may hold braces).
     */
    static List<String> members(String body) {
        List<String> members = new ArrayList<>();
        int braces = 0;
        int parentheses = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (body.startsWith("//", i)) {
                i = end(body, body.indexOf('\n', i));
            } else if (body.startsWith("/*", i)) {
                i = end(body, body.indexOf("*/", i + 2) + 1);
            } else if (body.startsWith("\"\"\"", i)) {
                i = end(body, body.indexOf("\"\"\"", i + 3) + 2);
            } else if (c == '"' || c == '\'') {
                i = closingQuote(body, i);
            } else if (c == '(') {
                parentheses++;
            } else if (c == ')') {
                parentheses--;
            } else if (c == '{') {
                braces++;
            } else if (c == '}' && braces-- == 0) {
                break; // the end of the class body
            }
            boolean memberEnds = parentheses == 0 && braces == 0 && (c == ';' || c == '}');
            if (memberEnds) {
                members.add(body.substring(start, i + 1));
                start = i + 1;
            }
        }
        return members;
    }

    private static int end(String text, int index) {
        return index < 0 ? text.length() : index;
    }

    private static int closingQuote(String text, int open) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == quote) {
                return i;
            }
        }
        return text.length();
    }

    /** JAX-RS: a method's path continues its class's, with one '/' between them. */
    static String join(String classPath, String methodPath) {
        String base = classPath.endsWith("/") ? classPath.substring(0, classPath.length() - 1) : classPath;
        String rest = methodPath.startsWith("/") ? methodPath.substring(1) : methodPath;
        return rest.isEmpty() ? base : base + "/" + rest;
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
