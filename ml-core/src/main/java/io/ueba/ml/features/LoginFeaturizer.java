package io.ueba.ml.features;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.ml.profile.EntityProfile;

/** Turns a login into its features, against the published profile when there is one. Stateless and thread-safe. */
public final class LoginFeaturizer {

    /**
     * @param event   the login; an address that is not an IP literal is read as absent, so the processor (which warns
     *                about it) and training (which reads stored documents) name the same entities
     * @param profile the published profile, or null before any training
     */
    public LoginFeatures featurize(LoginEvent event, EntityProfile profile) {
        CyclicTime time = CyclicTime.of(event.timestamp());
        String user = EntityNames.user(event.user());
        IpFacts sourceIp = facts(event.sourceIp());
        String source = EntityNames.endpoint(event.sourceHost(), sourceIp == null ? null : event.sourceIp());
        String destinationIp = event.destinationIp() != null && IpFacts.isLiteral(event.destinationIp()) ? event.destinationIp() : null;
        String destination = EntityNames.endpoint(event.destinationHost(), destinationIp);
        String country = EntityNames.country(event.sourceCountry());
        return new LoginFeatures(
            time,
            user,
            source,
            destination,
            EntityNames.relation(event.authPackage(), event.logonType()),
            event.outcome() == LoginOutcome.SUCCESS,
            sourceIp,
            country,
            profile == null ? null : profile.compare(user, source, destination, country, time.hourOfDay()),
            event.attributes()
        );
    }

    private static IpFacts facts(String ip) {
        if (ip == null) {
            return null;
        }
        try {
            return IpFacts.of(ip);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
