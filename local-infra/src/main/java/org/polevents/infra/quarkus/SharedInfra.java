package org.polevents.infra.quarkus;

import org.polevents.contracts.Topics;
import org.polevents.infra.EmbeddedDatabase;
import org.polevents.infra.EmbeddedKafkaBroker;

/**
 * One broker and one database per test JVM: Quarkus restarts the application between test
 * classes with different profiles, and restarting the infrastructure each time would cost more
 * than the tests. Both are stopped by a shutdown hook.
 */
public final class SharedInfra {
    private static EmbeddedKafkaBroker broker;
    private static EmbeddedDatabase database;

    private SharedInfra() {
    }

    public static synchronized EmbeddedKafkaBroker broker() {
        if (broker == null) {
            broker = EmbeddedKafkaBroker.ephemeral().start();
            // topics exist before any application consumer subscribes, as in the embedded default
            broker.createTopics(3, Topics.withDeadLetters());
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
        }
        return broker;
    }

    public static synchronized EmbeddedDatabase database() {
        if (database == null) {
            database = EmbeddedDatabase.ephemeral();
            Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        }
        return database;
    }
}
