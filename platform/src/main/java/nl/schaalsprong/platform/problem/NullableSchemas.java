package nl.schaalsprong.platform.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes a nullable field say so completely in OpenAPI 3.1: SmallRye writes {@code @Schema(nullable = true)} on a
 * field of another schema's type as {@code anyOf: [{$ref}, {type: null}]} but may keep a sibling {@code type:
 * object}, which forbids the null again; and a nullable enum keeps an {@code enum} without null. Both are made to
 * allow null, so a validating client or proxy accepts the nulls the service answers.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class NullableSchemas implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        boolean nullBranch = schema.getAnyOf() != null && schema.getAnyOf().stream()
                .anyMatch(branch -> branch.getType() != null && branch.getType().equals(List.of(Schema.SchemaType.NULL)));
        List<Schema.SchemaType> types = schema.getType();
        if (nullBranch && types != null && !types.contains(Schema.SchemaType.NULL)) {
            List<Schema.SchemaType> widened = new ArrayList<>(types);
            widened.add(Schema.SchemaType.NULL);
            schema.setType(widened);
        }
        boolean nullable = schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL);
        if (nullable && schema.getEnumeration() != null && !schema.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(schema.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
        return schema;
    }
}
