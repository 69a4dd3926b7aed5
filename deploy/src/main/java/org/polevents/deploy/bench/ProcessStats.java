package org.polevents.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** CPU time and resident memory of a Linux process, read from {@code /proc}. */
record ProcessStats(long cpuTicks, long rssKb) {
    /** Kernel clock ticks per second: 100 on every Linux this runs on. */
    static final int TICKS_PER_SECOND = 100;

    static ProcessStats of(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // fields after the command name, which is in parentheses and may contain spaces
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            long rss = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return new ProcessStats(ticks, rss);
        } catch (IOException | RuntimeException e) {
            return new ProcessStats(0, 0);
        }
    }

    static ProcessStats sum(List<Long> pids) {
        long t = 0;
        long r = 0;
        for (long pid : pids) {
            ProcessStats s = of(pid);
            t += s.cpuTicks();
            r += s.rssKb();
        }
        return new ProcessStats(t, r);
    }
}
