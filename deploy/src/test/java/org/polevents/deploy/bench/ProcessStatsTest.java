package org.polevents.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessStatsTest {

    @Test
    void machineBusyTicksCountUserNiceSystemIrqSoftirqAndStealButNotIdleOrIowait() {
        // user nice system idle iowait irq softirq steal guest guest_nice
        assertThat(ProcessStats.busyTicks("cpu  100 20 30 5000 700 4 6 8 0 0")).isEqualTo(100 + 20 + 30 + 4 + 6 + 8);
    }

    @Test
    void ownProcessHasCpuTimeAndMemory() {
        ProcessStats self = ProcessStats.of(ProcessHandle.current().pid());
        assertThat(self.rssKb()).isPositive();
        assertThat(ProcessStats.machine().cpuTicks()).isGreaterThanOrEqualTo(self.cpuTicks());
    }
}
