package org.polevents.extract.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.polevents.extract.coder.CoderWarmUp;
import org.polevents.extract.coder.EventCoder;

/**
 * The coder loads its models once, at start-up, so the first record does not pay for it, and codes
 * a bundled article for {@code extract.warm-up} ({@link CoderWarmUp}) so that the first records do
 * not wait for the JIT compiler either.
 */
public class CoderBeans {
    private static final Logger LOG = Logger.getLogger(CoderBeans.class);

    @Produces
    @Singleton
    @Startup
    EventCoder coder(@ConfigProperty(name = "extract.warm-up", defaultValue = "8s") Duration warmUp) {
        EventCoder coder = EventCoder.load();
        long t0 = System.nanoTime();
        int rounds = CoderWarmUp.run(coder, warmUp);
        if (rounds > 0) {
            LOG.infof("coder warmed up: bundled article coded %d times in %d ms", rounds,
                    (System.nanoTime() - t0) / 1_000_000);
        }
        return coder;
    }
}
