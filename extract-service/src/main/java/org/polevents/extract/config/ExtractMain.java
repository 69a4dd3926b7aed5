package org.polevents.extract.config;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.polevents.extract.cli.ExtractCommand;

/**
 * Runs the service, or, with {@code extract FILE|DIR...} as arguments, codes article files offline
 * and writes events as JSONL without starting Quarkus, Kafka or anything else.
 */
@QuarkusMain
public class ExtractMain {
    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("extract")) {
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            System.exit(ExtractCommand.run(rest, System.out, System.err));
        }
        Quarkus.run(args);
    }
}
