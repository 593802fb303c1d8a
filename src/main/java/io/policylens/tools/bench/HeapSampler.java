package io.policylens.tools.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Heap use during a benchmark: the peak of the used heap (sampled every 50 ms) and the live heap, read as what
 * the collector left after its last collection; a flat live heap over a long run is what "no leak" means.
 */
final class HeapSampler implements AutoCloseable {
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running;
    private Thread thread;

    HeapSampler start() {
        running = true;
        thread = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "policylens-heap-sampler");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    long peak() {
        return peak.get();
    }

    /** Heap in use right after the last collection of each heap pool, summed (G1: eden empty, survivors, old). */
    static long liveAfterLastCollection() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                sum += pool.getCollectionUsage().getUsed();
            }
        }
        return sum;
    }

    @Override
    public void close() {
        running = false;
    }
}
