package io.ueba.ml.features;

import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.ml.profile.EntityProfile;

import java.util.Locale;

/** Turns a login into its features, against the published profile when there is one. Stateless and thread-safe. */
public final class LoginFeaturizer {

    /**
     * @param event   the login; its source IP, when set, must be a valid literal (see {@link IpFacts#of})
     * @param profile the published profile, or null before any training
     */
    public LoginFeatures featurize(LoginEvent event, EntityProfile profile) {
        CyclicTime time = CyclicTime.of(event.timestamp());
        String user = EntityNames.user(event.user());
        String source = entity(event.sourceHost(), event.sourceIp());
        String destination = entity(event.destinationHost(), event.destinationIp());
        IpFacts sourceIp = event.sourceIp() == null ? null : IpFacts.of(event.sourceIp());
        return new LoginFeatures(
            time,
            user,
            source,
            destination,
            EntityNames.relation(event.authPackage(), event.logonType()),
            event.outcome() == LoginOutcome.SUCCESS,
            sourceIp,
            profile == null ? null : compare(profile, user, source, destination, time)
        );
    }

    /** The entity names a login adds to a profile, normalized the same way featurizing reads them back. */
    public static String sourceEntity(LoginEvent event) {
        return entity(event.sourceHost(), event.sourceIp());
    }

    public static String destinationEntity(LoginEvent event) {
        return entity(event.destinationHost(), event.destinationIp());
    }

    private static ProfileFeatures compare(EntityProfile profile, String user, String source, String destination, CyclicTime time) {
        boolean knownUser = profile.knowsUser(user);
        return new ProfileFeatures(
            profile.version(),
            knownUser == false,
            profile.hasSeenUserSource(user, source) == false,
            profile.hasSeenSourceDestination(source, destination) == false,
            profile.hourDistance(user, time.hourOfDay()).orElse(12),
            profile.distinctSources(user)
        );
    }

    private static String entity(String host, String ip) {
        if (host != null && host.isBlank() == false) {
            return EntityNames.host(host);
        }
        if (ip != null && ip.isBlank() == false) {
            return ip.trim().toLowerCase(Locale.ROOT);
        }
        return LoginFeatures.UNKNOWN_ENTITY;
    }
}
