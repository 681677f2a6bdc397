package nl.schaalsprong.lessons;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.schaalsprong.local.LocalStackTestResource;

/**
 * Every @QuarkusTest of this module runs against one real PostgreSQL database and one real Kafka broker, and a
 * stand-in typology-service at the HTTP boundary.
 */
@QuarkusTestResource(value = LocalStackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "lessons"))
@QuarkusTestResource(value = TypologyStub.class, restrictToAnnotatedClass = false)
public class LessonsTestResources {
}
