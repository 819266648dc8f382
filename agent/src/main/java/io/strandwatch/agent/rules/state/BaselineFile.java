package io.strandwatch.agent.rules.state;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * The learned baselines on disk, so a restart does not mean an hour of warm-up again. A small versioned
 * binary file: magic, version, entries (key, doubles), CRC32. Written to a temporary file and renamed, so a
 * crash mid-write leaves the previous file intact. A file that is corrupt, truncated or from another version
 * is ignored with one log line: the rules then simply warm up again.
 */
public final class BaselineFile {

  public static final String FILE_NAME = "rules-baselines.bin";
  private static final int MAGIC = 0x53574231; // "SWB1"
  private static final int VERSION = 1;
  private static final int MAX_ENTRIES = 1_000_000;
  private static final int MAX_VALUES = 100_000;

  private final Path file;
  private final Consumer<String> log;

  public BaselineFile(Path stateDir, Consumer<String> log) {
    this.file = stateDir.resolve(FILE_NAME);
    this.log = log;
  }

  public Path path() {
    return file;
  }

  /** The saved entries, or an empty map when there is no usable file. */
  public Map<String, double[]> read() {
    Map<String, double[]> out = new LinkedHashMap<>();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return out;
    } catch (IOException e) {
      log.accept("[strandwatch] cannot read baselines " + file + " (" + e + "); rules warm up again");
      return out;
    }
    if (bytes.length < 16) {
      return ignore("it is too short", out);
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 8);
    if (ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong() != crc.getValue()) {
      return ignore("its checksum does not match (damaged or not a StrandWatch file)", out);
    }
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, 0, bytes.length - 8))) {
      if (in.readInt() != MAGIC) {
        return ignore("it is not a StrandWatch baseline file", out);
      }
      int version = in.readInt();
      if (version != VERSION) {
        return ignore("it has version " + version + " and this agent reads version " + VERSION, out);
      }
      int n = in.readInt();
      if (n < 0 || n > MAX_ENTRIES) {
        return ignore("it has an impossible entry count", out);
      }
      for (int i = 0; i < n; i++) {
        String key = in.readUTF();
        int len = in.readInt();
        if (len < 0 || len > MAX_VALUES) {
          out.clear();
          return ignore("an entry has an impossible length", out);
        }
        double[] values = new double[len];
        for (int j = 0; j < len; j++) {
          values[j] = in.readDouble();
        }
        out.put(key, values);
      }
    } catch (IOException e) {
      out.clear();
      return ignore("it is truncated", out);
    }
    return out;
  }

  private Map<String, double[]> ignore(String why, Map<String, double[]> empty) {
    log.accept("[strandwatch] ignoring baselines file " + file + ": " + why + "; rules warm up again");
    return empty;
  }

  /** Writes atomically; failures are logged, never thrown (the ticker must keep running). */
  public boolean write(Map<String, double[]> entries) {
    try {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(buffer);
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(entries.size());
      for (Map.Entry<String, double[]> e : entries.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().length);
        for (double d : e.getValue()) {
          out.writeDouble(d);
        }
      }
      out.flush();
      CRC32 crc = new CRC32();
      byte[] body = buffer.toByteArray();
      crc.update(body);
      out.writeLong(crc.getValue());
      out.flush();
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
      try {
        Files.write(tmp, buffer.toByteArray());
        try {
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
      return true;
    } catch (IOException | RuntimeException e) {
      log.accept("[strandwatch] cannot write baselines " + file + ": " + e);
      return false;
    }
  }
}
