package org.corporateparenting.application.ssda903;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wall-clock milliseconds of each phase of a load, in order (check, stitch, read, merge, store, record), for the
 * load's answer and the benchmark ({@link Ssda903StoreBenchmark}): each mark ends the phase begun at the one before.
 */
final class LoadClock {

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long since = System.nanoTime();

    void mark(String phase) {
        long now = System.nanoTime();
        millis.merge(phase, (now - since) / 1_000_000, Long::sum);
        since = now;
    }

    Map<String, Long> millis() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(millis));
    }
}
