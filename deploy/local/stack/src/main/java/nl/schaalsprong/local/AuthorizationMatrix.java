package nl.schaalsprong.local;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * An authorization matrix every service's tests share: rows of write operations (method and path as the document
 * names them, optionally followed by what the row varies, e.g. a transition's target), each called on a fresh object by every kind of caller, with the status each caller gets. Every
 * refusal must be a problem carrying that status. {@link #writeOperationsWithoutRow()} names the write operations of
 * the served document that have no row, so a new endpoint without one fails the service's test.
 *
 * @param <C> the service's kinds of caller
 */
public final class AuthorizationMatrix<C extends Enum<C>> {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    private record Row<C>(String operation, Function<RequestSpecification, Response> call, Map<C, Integer> expected) {
    }

    private final Function<C, String> authorization;
    private final List<Row<C>> rows = new ArrayList<>();

    /** @param authorization the Authorization header of a caller, null for none; called when a case runs */
    public AuthorizationMatrix(Function<C, String> authorization) {
        this.authorization = authorization;
    }

    /** A row: how to call the operation on a fresh object (a JSON request spec comes in), what each caller gets. */
    public AuthorizationMatrix<C> row(String operation, Function<RequestSpecification, Response> call,
                                      Map<C, Integer> expected) {
        rows.add(new Row<>(operation, call, expected));
        return this;
    }

    /** One dynamic test per row and caller. */
    public List<DynamicTest> cases() {
        List<DynamicTest> cases = new ArrayList<>();
        for (Row<C> row : rows) {
            row.expected().forEach((caller, status) -> cases.add(DynamicTest.dynamicTest(
                    row.operation() + " as " + caller + " -> " + status, () -> {
                        RequestSpecification request = given().contentType(ContentType.JSON);
                        String header = authorization.apply(caller);
                        if (header != null) {
                            request.header("Authorization", header);
                        }
                        var response = row.call().apply(request).then().statusCode(status);
                        if (status >= 400) {
                            response.contentType(startsWith("application/problem+json"))
                                    .body("status", equalTo(status));
                        }
                    })));
        }
        return cases;
    }

    /** The write operations of the document the running service serves that no row covers; empty when all are. */
    public Set<String> writeOperationsWithoutRow() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        Set<String> missing = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream().filter(WRITES::contains)
                .forEach(method -> missing.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        rows.forEach(row -> missing.remove(row.operation().replaceFirst("^(\\S+ \\S+).*", "$1")));
        return missing;
    }
}
