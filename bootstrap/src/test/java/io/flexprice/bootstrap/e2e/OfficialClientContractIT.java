package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * FlexPrice's official TypeScript client, {@code @flexprice/sdk} 2.0.1 installed from npm and used unchanged,
 * against the running application: each {@code *.test.mjs} of {@code src/test/official-client} is one test,
 * run by Node's test runner (see the README there). The suite is copied to {@code target/official-client} and
 * installed there with {@code npm ci} from the checked-in lock file, so the source tree stays clean. Each suite
 * is its own Node process; they share the server and keep apart by using ids of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialClientContractIT {

    private static final Path SOURCES = Path.of("src", "test", "official-client");
    private static final Path WORK = Path.of("target", "official-client");
    private static final long TIMEOUT_MINUTES = 5;
    /** {@code -Dofficial.client.only=wallets} runs the suites whose file name contains it (while working on one). */
    private static final String ONLY = System.getProperty("official.client.only", "");

    private RunningApplication app;

    @BeforeAll
    void installTheClientAndStartTheServer() throws Exception {
        copySuite();
        Process npm = run(List.of(npmCommand(), "ci", "--no-audit", "--no-fund", "--prefer-offline"), Map.of());
        Result installed = finish(npm);
        assertThat(installed.exitCode()).as("npm ci of the official client:%n%s", installed.output()).isZero();
        app = RunningApplication.start();
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> theOfficialClientWorksUnchanged() throws IOException {
        List<Path> suites;
        try (Stream<Path> files = Files.list(WORK)) {
            suites = files.filter(file -> file.getFileName().toString().endsWith(".test.mjs"))
                    .filter(file -> file.getFileName().toString().contains(ONLY)).sorted().toList();
        }
        assertThat(suites).as("contract tests in %s", SOURCES).isNotEmpty();
        return suites.stream().map(suite -> DynamicTest.dynamicTest(suite.getFileName().toString(), () -> {
            Process node = run(List.of("node", "--test", "--test-reporter=spec", suite.getFileName().toString()),
                    Map.of("FLEXPRICE_BASE_URL", app.baseUrl(), "FLEXPRICE_API_KEY", RunningApplication.DEV_KEY));
            Result result = finish(node);
            if (result.exitCode() == 0) {
                System.out.println(result.output());
            }
            assertThat(result.exitCode()).as("%s:%n%s", suite.getFileName(), result.output()).isZero();
        }));
    }

    /** A fresh copy: a test file deleted from the sources must not run from an earlier copy. */
    private static void copySuite() throws IOException {
        if (Files.exists(WORK)) {
            try (Stream<Path> earlier = Files.walk(WORK)) {
                for (Path path : earlier.sorted(Comparator.reverseOrder()).toList()) {
                    if (!WORK.relativize(path).startsWith("node_modules") && !path.equals(WORK)) {
                        Files.delete(path);
                    }
                }
            }
        }
        Files.createDirectories(WORK);
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            for (Path source : sources.filter(Files::isRegularFile).toList()) {
                Path relative = SOURCES.relativize(source);
                if (relative.startsWith("node_modules")) {
                    continue;
                }
                Path target = WORK.resolve(relative);
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static String npmCommand() {
        return System.getProperty("os.name").toLowerCase().startsWith("windows") ? "npm.cmd" : "npm";
    }

    private static Process run(List<String> command, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("NO_COLOR", "1");
        return builder.start();
    }

    private static Result finish(Process process) throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try {
                lines.addAll(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                        .toList());
            } catch (IOException e) {
                lines.add("(output lost: " + e + ")");
            }
        });
        reader.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            // npm and node start processes of their own, which keep the output open: end them all
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            reader.join(TimeUnit.SECONDS.toMillis(10));
            return new Result(-1, String.join("\n", lines) + "\n(killed after " + TIMEOUT_MINUTES + " minutes)");
        }
        reader.join();
        return new Result(process.exitValue(), String.join("\n", lines));
    }

    private record Result(int exitCode, String output) {
    }
}
