package org.polevents.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceProcessTest {
    private static final ServiceProcess.Spec STORE = new ServiceProcess.Spec("store-service", Path.of("/x/quarkus-run.jar"),
            8083, "384m", LocalStack.C1_ONLY, Map.of(), Path.of("/tmp"));

    @Test
    void serviceOptionsThenExtraOptionsComeBeforeTheJar() {
        List<String> cmd = ServiceProcess.command(STORE, " -XX:+FlightRecorder  -Dx=1 ");
        assertThat(cmd.subList(1, cmd.size())).containsExactly("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:+FlightRecorder", "-Dx=1", "-jar", "/x/quarkus-run.jar");
    }

    @Test
    void noExtraOptionsWhenUnsetOrBlank() {
        assertThat(ServiceProcess.command(STORE, null)).isEqualTo(ServiceProcess.command(STORE, "  "))
                .doesNotContain("");
    }
}
