package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Durable by default (README, "Going live", item 6 of issue 20): a write the application acknowledged is still there
 * after the server is killed with SIGKILL at once, on the embedded H2 database as configured by configure.cli and on
 * PostgreSQL. Each case starts a real WildFly of its own (the build's configured server, a fresh copy of its
 * standalone folder, app.ear in its deployments folder, as a council deploys it), saves a commentary as the demo
 * fostering user, kills the server's Java process within 0.2 s of the 204, starts it again on the same data and reads
 * the commentary back. The finding this answers: with H2's default write delay a commentary that had answered 204 was
 * gone after kill -9 0.2 s later. Runs only in the ear module's it-durability execution (system property
 * it.durability), not on the Arquillian servers.
 */
@EnabledIfSystemProperty(named = "it.durability", matches = "true")
class CrashDurabilityIT {

    private static final Path JBOSS_HOME = Path.of(System.getProperty("jboss.home", "target/server"));
    private static final Path TARGET = Path.of(System.getProperty("it.durability.dir", "target"));
    private static final String LAST_MONTH = YearMonth.now().minusMonths(1).toString();
    private static final String MONTH = Http.APP + "/api/indicators/months/" + LAST_MONTH;

    private final Http http = Http.browser();
    private Process server;

    @Test
    void anAcknowledgedWriteSurvivesKillNineOnH2() throws Exception {
        survivesKillNine("h2", List.of("-Dcp.db.driver=h2"));
    }

    @Test
    void anAcknowledgedWriteSurvivesKillNineOnPostgresql() throws Exception {
        survivesKillNine("postgresql", List.of("-Dcp.db.driver=postgresql",
                "-Dcp.db.url=jdbc:postgresql://127.0.0.1:" + System.getProperty("it.postgresql.port", "55432") + "/corporate_parenting",
                "-Dcp.db.user=cp_test", "-Dcp.db.password=cp_test"));
    }

    private void survivesKillNine(String database, List<String> databaseArgs) throws Exception {
        Path base = freshServerBase(database);
        server = start(base, databaseArgs, "first");
        String body = "Crash test " + UUID.randomUUID() + ": two households approved at panel.";

        List<ProcessHandle> serverProcesses = withDescendants(server);
        HttpResponse<String> saved = http.json("POST", MONTH + "/commentary", "fostering",
                "{\"area\":\"FOSTERING\",\"body\":\"" + body + "\"}");
        long acknowledged = System.nanoTime();
        serverProcesses.forEach(ProcessHandle::destroyForcibly);
        long sinceAcknowledged = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - acknowledged);
        awaitExit(serverProcesses);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);
        assertThat(sinceAcknowledged).as("milliseconds from the 204 to SIGKILL").isLessThan(200);

        server = start(base, databaseArgs, "after-kill");
        assertThat(http.as("councillor", MONTH).body()).as("the commentary acknowledged before kill -9 on " + database)
                .contains(body);
    }

    @AfterEach
    void stopServer() {
        if (server != null && server.isAlive()) {
            killNine(server);
        }
    }

    /** SIGKILL (destroyForcibly on Linux) to the server's Java process and the script that launched it. */
    private static void killNine(Process launcher) {
        List<ProcessHandle> all = withDescendants(launcher);
        all.forEach(ProcessHandle::destroyForcibly);
        awaitExit(all);
    }

    /** The server's Java process first (standalone.sh runs it as a child), then the script. */
    private static List<ProcessHandle> withDescendants(Process launcher) {
        List<ProcessHandle> all = new ArrayList<>(launcher.descendants().toList());
        all.add(launcher.toHandle());
        return all;
    }

    private static void awaitExit(List<ProcessHandle> processes) {
        for (ProcessHandle process : processes) {
            process.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
    }

    /** A fresh copy of the configured server's standalone folder, with app.ear to deploy at boot. */
    private static Path freshServerBase(String database) throws IOException {
        Path base = TARGET.resolve("it-server-durability-" + database);
        deleteTree(base);
        copyTree(JBOSS_HOME.resolve("standalone"), base);
        Path ear = Path.of(System.getProperty("app.ear"));
        Files.copy(ear, base.resolve("deployments").resolve(ear.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        return base;
    }

    /** Starts bin/standalone.sh on the given base folder and waits until the application answers. */
    private Process start(Path base, List<String> databaseArgs, String run) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JBOSS_HOME.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base.toAbsolutePath(),
                "-Djboss.socket.binding.port-offset=" + System.getProperty("it.port.offset", "100"),
                "-Dcare.demo.enabled=true", "-Dcare.demo.children=10"));
        command.addAll(databaseArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(base.resolve("console-" + run + ".log").toFile());
        builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.awt.headless=true -Djava.net.preferIPv4Stack=true");
        builder.environment().remove("JBOSS_HOME");
        Process process = builder.start();
        Path failed = base.resolve("deployments/app.ear.failed");
        Instant deadline = Instant.now().plusSeconds(240);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped while starting; see " + base.resolve("log/server.log"));
            }
            if (Files.exists(failed)) {
                throw new IllegalStateException("app.ear failed to deploy; see " + base.resolve("log/server.log"));
            }
            if (answers()) {
                return process;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("app.ear not deployed within 240 s; see " + base.resolve("log/server.log"));
            }
            Thread.sleep(500);
        }
    }

    private boolean answers() {
        try {
            return http.as("councillor", Http.APP + "/api/me").statusCode() == 200;
        } catch (IllegalStateException notListening) {
            return false;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
