package nl.schaalsprong.verification.messaging;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.inbox.Handled;

/**
 * What typology-service's events ask of verification-service (the service layer implements it): a lesson whose
 * origin lacked figures is asked for again as soon as figures that may serve it arrive, not at a fixed pace.
 */
public interface TypologyChanges {

    /** The buurt's figures or attributes changed: the waiting lessons learned there are due now. */
    Handled buurtChanged(BuurtCode buurt);

    /** A basis version was published; it decides which figures a comparison needs, so every waiting lesson is due. */
    Handled basisPublished(String basis);
}
