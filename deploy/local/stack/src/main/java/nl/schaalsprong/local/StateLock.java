package nl.schaalsprong.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Only one process at a time may use a work directory's state: a second PostgreSQL on the same data directory, or
 * a second start deleting it, destroys the first one's data. The guard is an operating-system lock on
 * {@value #FILE_NAME}, which the OS releases when the holder exits however it exits (so there is no stale pid file
 * to clear by hand); the file's text says who holds it, for the refusal.
 */
public final class StateLock implements AutoCloseable {

    public static final String FILE_NAME = "suite.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private StateLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code workDirectory} at once, or refuses without touching anything else.
     *
     * @param holder what a refused second start is told about this one, e.g. its ports
     * @throws AlreadyRunningException when another process (or this one) holds it
     */
    public static StateLock acquire(Path workDirectory, String holder) {
        Path file = workDirectory.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(workDirectory);
            // Opened without truncation: until we hold the lock, the text is the holder's.
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new AlreadyRunningException(workDirectory, text);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ": " + holder + "\n")
                    .getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return new StateLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("could not lock " + file, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    /** Releases the lock; the file stays (deleting it would race with a process about to lock it). */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    /** A second start refused: names the running (or still stopping) process from the lock file's text. */
    public static final class AlreadyRunningException extends IllegalStateException {

        private final String holder;

        AlreadyRunningException(Path workDirectory, String holder) {
            super("Schaalsprong already runs (or is still stopping) on the state in " + workDirectory + ": "
                    + (holder.isEmpty() ? "a process is starting" : holder)
                    + ". Stop it first (Ctrl-C where it runs, or kill its pid); nothing was started or changed.");
            this.holder = holder;
        }

        /** The lock file's text: the holder's pid and ports. */
        public String holder() {
            return holder;
        }
    }
}
