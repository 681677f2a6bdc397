package nl.schaalsprong.typology.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.schaalsprong.typology.domain.catalogue.CbsVariable;
import nl.schaalsprong.typology.domain.catalogue.DimensionCatalogue;
import nl.schaalsprong.typology.domain.catalogue.StandardDimensions;
import nl.schaalsprong.typology.mapping.CbsVariableReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Builds the dimension catalogue once, with titles, units and descriptions from CBS's own variable list. */
@ApplicationScoped
public class CatalogueProducer {

    static final String CBS_VARIABLES = "/cbs/cbs_kwb2024_85984NED_variabelen.csv";

    @Produces
    @Singleton
    DimensionCatalogue catalogue() {
        try (InputStream in = CatalogueProducer.class.getResourceAsStream(CBS_VARIABLES)) {
            if (in == null) {
                throw new IllegalStateException(CBS_VARIABLES + " is not on the classpath");
            }
            Map<String, CbsVariable> variables = CbsVariableReader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
            return StandardDimensions.catalogue(variables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
