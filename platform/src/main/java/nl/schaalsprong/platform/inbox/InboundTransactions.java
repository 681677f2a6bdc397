package nl.schaalsprong.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/** Runs a consumer's step in a transaction of its own: the claim with the work, or the look before costly work. */
@ApplicationScoped
public class InboundTransactions {

    public <T> T inNew(Supplier<T> step) {
        return QuarkusTransaction.requiringNew().call(step::get);
    }
}
