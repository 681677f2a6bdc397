package nl.schaalsprong.local;

import java.nio.file.Path;

/** A second process for {@link StateLockTest}: holds the lock of the directory in args[0] until stdin closes. */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (StateLock ignored = StateLock.acquire(Path.of(args[0]), "lessons-service 18481, PostgreSQL 18732")) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the test closes our stdin
            }
        }
    }
}
