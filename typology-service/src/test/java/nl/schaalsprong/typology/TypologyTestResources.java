package nl.schaalsprong.typology;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.schaalsprong.local.LocalStackTestResource;

/** Registers the real PostgreSQL + Kafka stack once for every @QuarkusTest of this module. */
@QuarkusTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "typology"), restrictToAnnotatedClass = false)
public class TypologyTestResources {
}
