package dev.ridgeline.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Replaces a file's bytes so that a crash at any moment leaves either the old file or the new one, whole: write a
 * temporary beside it, fsync it, rename it over the target, fsync the directory. The temporary is named
 * {@code .<name>.<random>.tmp}; earlier builds named it {@code .<name><digits>.tmp}. Both are ours to remove when a
 * later save finds them left by a save that was killed.
 */
final class SafeSave {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SafeSave() {
    }

    static void write(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        String name = target.getFileName().toString();
        removeStaleTemporaries(dir, name);
        Set<PosixFilePermission> permissions = permissionsOf(target);
        Path temp = newTemporary(dir, name);
        try {
            if (permissions != null) {
                Files.setPosixFilePermissions(temp, permissions);
            }
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A new empty file of our naming, created with the permissions any new file gets (not createTempFile's 0600). */
    private static Path newTemporary(Path dir, String name) throws IOException {
        while (true) {
            Path temp = dir.resolve("." + name + "." + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36) + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    /** The target's POSIX permissions, or null when it does not exist yet or the file system has none. */
    private static Set<PosixFilePermission> permissionsOf(Path target) throws IOException {
        if (!Files.exists(target) || Files.getFileAttributeView(target, PosixFileAttributeView.class) == null) {
            return null;
        }
        return Files.getPosixFilePermissions(target);
    }

    /** Temporaries of a save of {@code name} that never reached its rename: this naming, and the one before it. */
    static boolean isOurTemporary(String candidate, String name) {
        return Pattern.matches("\\." + Pattern.quote(name) + "(\\.[0-9a-z]+|[0-9]+)\\.tmp", candidate);
    }

    private static void removeStaleTemporaries(Path dir, String name) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
                entry -> isOurTemporary(entry.getFileName().toString(), name))) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }

    /** Makes the rename itself durable; a directory cannot be opened for this on Windows, which needs nothing more. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported here: the file itself was flushed before the rename
        }
    }
}
