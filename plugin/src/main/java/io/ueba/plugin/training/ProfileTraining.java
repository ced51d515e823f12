package io.ueba.plugin.training;

import io.ueba.action.TrainProfileResponse;
import io.ueba.ml.features.IpFacts;
import io.ueba.ml.features.LoginFeatures;
import io.ueba.ml.features.LoginFeaturizer;
import io.ueba.ml.login.EcsLoginDocument;
import io.ueba.ml.login.LoginEvent;
import io.ueba.ml.login.LoginOutcome;
import io.ueba.ml.profile.EntityProfileBuilder;
import io.ueba.plugin.profile.EntityProfileHolder;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Learns the entity profile from the successful logins of a window and publishes it, whole, to the ingest
 * processors of this node. A failed login does not make a source known. Documents not in the login schema are
 * counted and skipped: training reads the schema's default fields.
 */
public final class ProfileTraining {

    private final IndexedLogins logins;
    private final EntityProfileHolder profiles;
    private final Supplier<Instant> clock;
    private final LoginFeaturizer featurizer = new LoginFeaturizer();

    public ProfileTraining(IndexedLogins logins, EntityProfileHolder profiles, Supplier<Instant> clock) {
        this.logins = logins;
        this.profiles = profiles;
        this.clock = clock;
    }

    public TrainProfileResponse run(String indices, Duration window) {
        Instant started = clock.get();
        EntityProfileBuilder builder = new EntityProfileBuilder();
        Set<String> users = new HashSet<>();
        long[] learnedAndSkipped = new long[2];
        long read = logins.forEach(indices, started.minus(window), started, source -> {
            LoginEvent event;
            try {
                event = EcsLoginDocument.fromDocument(source);
            } catch (IllegalArgumentException e) {
                learnedAndSkipped[1]++;
                return;
            }
            if (event.outcome() == LoginOutcome.SUCCESS) {
                LoginFeatures features = featurizer.featurize(withoutSourceIpIfInvalid(event), null);
                builder.add(features.user(), features.source(), features.destination(), features.time().hourOfDay());
                users.add(features.user());
                learnedAndSkipped[0]++;
            }
        });
        String version = "profile-" + started.toEpochMilli();
        profiles.publish(builder.build(version));
        return new TrainProfileResponse(version, read, learnedAndSkipped[0], learnedAndSkipped[1], users.size(),
            Duration.between(started, clock.get()).toMillis());
    }

    /** The processor leaves an invalid source IP out of the features; training must name the same source. */
    private static LoginEvent withoutSourceIpIfInvalid(LoginEvent event) {
        if (event.sourceIp() == null) {
            return event;
        }
        try {
            IpFacts.of(event.sourceIp());
            return event;
        } catch (IllegalArgumentException e) {
            return new LoginEvent(event.timestamp(), event.user(), event.userDomain(), null, event.sourceHost(), event.destinationHost(),
                event.destinationIp(), event.outcome(), event.authPackage(), event.logonType(), event.failureReason(), event.label());
        }
    }
}
