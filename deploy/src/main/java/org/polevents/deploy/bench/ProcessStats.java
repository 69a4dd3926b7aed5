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

    /** Busy CPU time of the whole machine (every process and the kernel, all cores) from {@code /proc/stat}; no memory. */
    static ProcessStats machine() {
        try {
            return new ProcessStats(busyTicks(Files.readAllLines(Path.of("/proc/stat")).get(0)), 0);
        } catch (IOException | RuntimeException e) {
            return new ProcessStats(0, 0);
        }
    }

    /** The busy ticks of a {@code /proc/stat} "cpu" line: user, nice, system, irq, softirq and steal (not idle or iowait). */
    static long busyTicks(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += i < f.length ? Long.parseLong(f[i]) : 0;
        }
        return busy;
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
