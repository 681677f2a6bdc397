package nl.schaalsprong.local;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rule every service's ArchitectureTest checks about its native queries: none names its result type. Hibernate
 * 7.2 caches a new query plan for {@code createNativeQuery(sql, String.class)} on every execution, all under the
 * statement's hash, so each lookup walks every earlier plan; on the scale run that was a third of verification-service's
 * tag path (docs/benchmarks.md, session 15). One column is read with platform's {@code NativeColumn}, rows untyped.
 * Named by text, so this module needs neither JPA nor a service.
 */
public final class PersistenceArchitecture {

    private PersistenceArchitecture() {
    }

    public static ArchRule nativeQueriesNameNoResultType() {
        String text = String.class.getName();
        String type = Class.class.getName();
        return noClasses().should().callMethod("jakarta.persistence.EntityManager", "createNativeQuery", text, type)
                .orShould().callMethod("org.hibernate.Session", "createNativeQuery", text, type)
                .orShould().callMethod("org.hibernate.query.QueryProducer", "createNativeQuery", text, type)
                .because("Hibernate plans a native query with a result type anew on every execution;"
                        + " read one column with NativeColumn");
    }
}
