package org.polevents.store.messaging;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Switches both incoming channels to the in-memory connector: wiring tests drive the sinks directly. */
public class InMemoryChannels implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("mp.messaging.incoming." + Channels.EVENTS_IN + ".connector", "smallrye-in-memory",
                "mp.messaging.incoming." + Channels.SEGMENTS_IN + ".connector", "smallrye-in-memory");
    }
}
