package nl.schaalsprong.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StateLockTest {

    @Test
    void aSecondProcessIsRefusedWithTheHoldersPidAndPortsAndTheLockIsFreeOnceTheHolderHasGone(@TempDir Path work)
            throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), work.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());
            Path marker = Files.writeString(work.resolve("pgdata-marker"), "untouched");

            StateLock.AlreadyRunningException refused = assertThrows(StateLock.AlreadyRunningException.class,
                    () -> StateLock.acquire(work, "a second start"));

            assertTrue(refused.getMessage().contains("pid " + holder.pid()), refused.getMessage());
            assertTrue(refused.getMessage().contains("lessons-service 18481, PostgreSQL 18732"), refused.getMessage());
            assertEquals("pid " + holder.pid() + ": lessons-service 18481, PostgreSQL 18732",
                    Files.readString(work.resolve(StateLock.FILE_NAME)).strip(), "the holder's text is left as it was");
            assertEquals(List.of("pgdata-marker", StateLock.FILE_NAME),
                    Files.list(work).map(p -> p.getFileName().toString()).sorted().toList());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        try (StateLock lock = StateLock.acquire(work, "the next start")) {
            assertTrue(Files.readString(work.resolve(StateLock.FILE_NAME))
                    .startsWith("pid " + ProcessHandle.current().pid() + ": the next start"));
        }
    }

    @Test
    void aSecondStartInTheSameProcessIsRefusedToo(@TempDir Path work) {
        try (StateLock first = StateLock.acquire(work, "first")) {
            assertThrows(StateLock.AlreadyRunningException.class, () -> StateLock.acquire(work, "second"));
        }
    }
}
