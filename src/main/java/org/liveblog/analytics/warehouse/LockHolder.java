package org.liveblog.analytics.warehouse;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who holds a warehouse lock, as its {@code _lock} file says in {@code key=value} lines: the run (and the logical run
 * it is an attempt of), the command, the machine and process, when it started, when it last renewed its lease, when
 * the lease expires, how far it got (running, publishing, published), and a token that tells its own lock from
 * another's.
 */
public record LockHolder(String runId, String logicalRunId, String command, String host, String machine, long pid,
    Instant processStartedAt, Instant startedAt, Instant renewedAt, Instant leaseExpiresAt, Phase phase,
    String token) {

  /** How far the holder got: what a run that takes over its lock has to undo. */
  public enum Phase {
    /** Staging and checking: nothing published yet. */
    RUNNING,
    /** Moving staged tables into place: a publish to roll back if it dies now. */
    PUBLISHING,
    /** Tables published; recording the run and writing the views. */
    PUBLISHED
  }

  /** The pid of a lock written before leases: its holder is judged by the file's age alone. */
  private static final long NO_PID = -1;
  private static final String LOCAL_HOST = localHost();
  private static final String LOCAL_MACHINE = localMachine();

  /** The lock of a run of this process, with a fresh token and a lease from now. */
  public static LockHolder ofThisProcess(String runId, String logicalRunId, String command, Duration lease) {
    ProcessHandle self = ProcessHandle.current();
    Instant now = Instant.now();
    return new LockHolder(runId, logicalRunId, command, LOCAL_HOST, LOCAL_MACHINE, self.pid(),
        self.info().startInstant().orElse(null), now, now, now.plus(lease), Phase.RUNNING,
        UUID.randomUUID().toString());
  }

  LockHolder renewed(Instant now, Duration lease) {
    return new LockHolder(runId, logicalRunId, command, host, machine, pid, processStartedAt, startedAt, now,
        now.plus(lease), phase, token);
  }

  LockHolder inPhase(Phase next) {
    return new LockHolder(runId, logicalRunId, command, host, machine, pid, processStartedAt, startedAt, renewedAt,
        leaseExpiresAt, next, token);
  }

  LockHolder asRun(String attemptRunId) {
    return new LockHolder(attemptRunId, logicalRunId, command, host, machine, pid, processStartedAt, startedAt,
        renewedAt, leaseExpiresAt, phase, token);
  }

  /**
   * Why this holder can no longer hold the lock, judged at {@code now} from this machine: its process is gone (only a
   * process of this machine can be looked up), or its lease has expired. Empty while it may be alive.
   */
  Optional<String> deadBecause(Instant now) {
    if (pid != NO_PID && host.equals(LOCAL_HOST) && machine.equals(LOCAL_MACHINE) && !isAlive()) {
      return Optional.of("its process (pid " + pid + " on " + host + ") is gone");
    }
    if (now.isAfter(leaseExpiresAt)) {
      return Optional.of("its lease expired at " + leaseExpiresAt + " (last renewed at " + renewedAt + ")");
    }
    return Optional.empty();
  }

  /** Whether the process still runs; a pid now held by a process started at another time is another process. */
  private boolean isAlive() {
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !process.get().isAlive()) {
      return false;
    }
    Optional<Instant> started = process.get().info().startInstant();
    // Start times are derived from clock ticks; a second of slack keeps rounding from killing a live holder.
    return processStartedAt == null || started.isEmpty()
        || Duration.between(processStartedAt, started.get()).abs().compareTo(Duration.ofSeconds(1)) <= 0;
  }

  /** One line for messages: which run holds the lock, where, since when, until when. */
  public String describe() {
    return "run " + runId + (runId.equals(logicalRunId) ? "" : " (attempt of " + logicalRunId + ")")
        + (command.isEmpty() ? "" : " [" + command + "]") + " on " + host
        + (pid == NO_PID ? "" : ", pid " + pid) + ", started " + startedAt + ", "
        + phase.name().toLowerCase(Locale.ROOT)
        + ", lease until " + leaseExpiresAt;
  }

  String toText() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("run_id", runId);
    fields.put("logical_run_id", logicalRunId);
    fields.put("command", command);
    fields.put("host", host);
    fields.put("machine", machine);
    fields.put("pid", String.valueOf(pid));
    fields.put("process_started_at", processStartedAt == null ? "" : processStartedAt.toString());
    fields.put("started_at", startedAt.toString());
    fields.put("renewed_at", renewedAt.toString());
    fields.put("lease_expires_at", leaseExpiresAt.toString());
    fields.put("phase", phase.name().toLowerCase(Locale.ROOT));
    fields.put("token", token);
    StringBuilder text = new StringBuilder();
    fields.forEach((key, value) -> text.append(key).append('=').append(value.replaceAll("[\r\n]", " ")).append('\n'));
    return text.toString();
  }

  /** The lock file before leases ("run ID on HOST since INSTANT"): no pid, no lease; judged by the file's age. */
  private static final Pattern LEGACY = Pattern.compile("run (\\S+) on (\\S+) since (\\S+)");

  /**
   * Reads a lock file. A file that is not a lock of this format (one written before leases, or one a file system
   * shows half-written) gets a lease that ends {@code lease} after the file was last modified.
   */
  static LockHolder parse(String text, Instant modifiedAt, Duration lease) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        fields.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    try {
      return new LockHolder(fields.get("run_id"), fields.get("logical_run_id"), fields.get("command"),
          fields.get("host"), fields.get("machine"), Long.parseLong(fields.get("pid")),
          fields.get("process_started_at").isEmpty() ? null : Instant.parse(fields.get("process_started_at")),
          Instant.parse(fields.get("started_at")), Instant.parse(fields.get("renewed_at")),
          Instant.parse(fields.get("lease_expires_at")), Phase.valueOf(fields.get("phase").toUpperCase(Locale.ROOT)),
          fields.get("token"));
    } catch (NullPointerException | IllegalArgumentException | DateTimeParseException e) {
      Matcher legacy = LEGACY.matcher(text.strip());
      String runId = legacy.matches() ? legacy.group(1) : "";
      String host = legacy.matches() ? legacy.group(2) : "an unknown host";
      return new LockHolder(runId, runId, "", host, "", NO_PID, null, modifiedAt, modifiedAt,
          modifiedAt.plus(lease), Phase.RUNNING, "");
    }
  }

  private static String localHost() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }

  /**
   * This machine and process namespace as the kernel names them (Linux: boot id and pid namespace), so that two
   * containers that share a host name never judge each other's pids; empty where they cannot be read.
   */
  private static String localMachine() {
    try {
      String boot = Files.readString(Paths.get("/proc/sys/kernel/random/boot_id"), StandardCharsets.US_ASCII).strip();
      String pidNamespace = Files.readSymbolicLink(Paths.get("/proc/self/ns/pid")).toString();
      return boot + " " + pidNamespace;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return "";
    }
  }
}
