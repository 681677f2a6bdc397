package nl.schaalsprong.local.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts {@link ContractFilter} among REST Assured's global filters before each @QuarkusTest method, so that every
 * service's test suite checks every answer against its served OpenAPI document without a test asking for it.
 * Registered in {@code META-INF/services}; Quarkus loads it in the class loader its tests run in, the one whose
 * {@link RestAssured} the tests use.
 */
public class ContractFilterInstaller implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        install();
    }

    /** Adds the filter once; also for tests outside Quarkus (the end-to-end tests) to call. */
    public static synchronized void install() {
        if (RestAssured.filters().stream().noneMatch(ContractFilter.class::isInstance)) {
            RestAssured.filters(new ContractFilter());
        }
    }
}
