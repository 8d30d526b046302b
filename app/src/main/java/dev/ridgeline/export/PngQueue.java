package dev.ridgeline.export;

import java.awt.image.BufferedImage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Encodes drawn pictures to PNG on background threads while the caller draws the next ones (drawing stays on the
 * caller's thread: JFreeChart and the SVG export flip shared text settings). At most a few drawn pictures wait at
 * a time, so a deck of 3840-pixel charts does not hold them all in memory at once.
 */
final class PngQueue implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private final ExecutorService pool;
    private final Semaphore room;

    PngQueue() {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "png-encoder-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        room = new Semaphore(threads + 1);
    }

    /** Queues the image; waits while the queue is full. */
    Future<byte[]> submit(BufferedImage image) {
        room.acquireUninterruptibly();
        try {
            return pool.submit(() -> {
                try {
                    return Png.encode(image);
                } finally {
                    room.release();
                }
            });
        } catch (RuntimeException e) {
            room.release();
            throw e;
        }
    }

    /** The PNG bytes of a queued image, once encoded. */
    static byte[] await(Future<byte[]> png) {
        try {
            return png.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while encoding a PNG", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
