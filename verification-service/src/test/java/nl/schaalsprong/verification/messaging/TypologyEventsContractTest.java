package nl.schaalsprong.verification.messaging;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Consumer-side contract test: our readings of typology-service's NeighbourhoodChanged and ComparabilityBasisPublished
 * against the schemas typology-service owns, read from the repository, so a breaking change there fails this build.
 */
class TypologyEventsContractTest {

    static Stream<Arguments> readings() {
        return Stream.of(
                Arguments.of("neighbourhood.changed.v1.json", NeighbourhoodChanged.class, NeighbourhoodChanged.REQUIRED),
                Arguments.of("comparability-basis.published.v1.json", ComparabilityBasisPublished.class,
                        ComparabilityBasisPublished.REQUIRED));
    }

    @ParameterizedTest
    @MethodSource("readings")
    void theProducersExampleIsValidAndReadsIntoOurDto(String file, Class<? extends Record> dto, List<String> required) {
        Record read = ProducerSchema.of("typology-service", file).exampleAs(dto);
        for (var component : dto.getRecordComponents()) {
            try {
                assertNotNull(component.getAccessor().invoke(read), component.getName() + " read from the example");
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("readings")
    void everyFieldWeReadIsAPropertyOfTheSchemaAndTheProducerPromisesThem(String file, Class<? extends Record> dto,
                                                                          List<String> required) {
        ProducerSchema.of("typology-service", file).readsOnlyItsPropertiesAndIsPromised(dto, required);
    }
}
