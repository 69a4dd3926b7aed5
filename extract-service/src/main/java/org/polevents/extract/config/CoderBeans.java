package org.polevents.extract.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.polevents.extract.coder.EventCoder;

/** The coder loads its models once, at start-up, so the first record does not pay for it. */
public class CoderBeans {
    @Produces
    @Singleton
    @Startup
    EventCoder coder() {
        return EventCoder.load();
    }
}
