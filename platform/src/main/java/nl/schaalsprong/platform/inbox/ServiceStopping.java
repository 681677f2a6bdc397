package nl.schaalsprong.platform.inbox;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Whether the service has begun to stop. From then on a record may fail for our reason alone (Hibernate closed
 * under a consumer still working off its backlog: "EntityManagerFactory is closed"), so its failure says nothing
 * about the record ({@link DeadLetterUnlessStopping}).
 */
@ApplicationScoped
public class ServiceStopping {

    private volatile boolean stopping;

    // Before any other observer: the first thing a stop does is stop blaming records.
    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        stopping = true;
    }

    public boolean isStopping() {
        return stopping;
    }
}
