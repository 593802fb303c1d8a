package io.policylens.source;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Politeness: one request at a time per host, at least a delay apart, whichever crawl or worker asks. Thread-safe.
 */
public final class HostThrottle {

    private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Long> nextAllowed = new ConcurrentHashMap<>();

    /** Waits until the host may be asked again, then books the next slot {@code delay} later. */
    public void await(String host, Duration delay) throws InterruptedException {
        Object lock = locks.computeIfAbsent(host, h -> new Object());
        synchronized (lock) {
            long now = System.nanoTime();
            long at = nextAllowed.getOrDefault(host, now);
            if (at > now) {
                long wait = at - now;
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            nextAllowed.put(host, System.nanoTime() + delay.toNanos());
        }
    }
}
