package nl.schaalsprong.local.run.fuzz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Values that exist in the running suite (the fixture lesson's id, a typology's, buurt codes), so that most
 * requests reach past "not found" into the code behind it. A value is known per parameter name, or per the path's
 * resource and parameter name ("lessons/id") where one name means different things.
 */
public final class KnownValues {

    private final Map<String, List<String>> values = new HashMap<>();

    public KnownValues put(String key, String... candidates) {
        values.put(key, List.of(candidates));
        return this;
    }

    List<String> candidates(String path, String parameter) {
        String placeholder = "/{" + parameter + "}";
        int at = path.indexOf(placeholder);
        if (at > 0) {
            String resource = path.substring(path.lastIndexOf('/', at - 1) + 1, at);
            List<String> specific = values.get(resource + "/" + parameter);
            if (specific != null) {
                return specific;
            }
        }
        return values.getOrDefault(parameter, List.of());
    }
}
