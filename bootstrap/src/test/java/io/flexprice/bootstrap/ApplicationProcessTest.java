package io.flexprice.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The application as an operator starts it: a separate JVM whose exit code tells success or failure. */
class ApplicationProcessTest {

    private static Result run(String mode) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder process = new ProcessBuilder(List.of(java.toString(), "-cp",
                System.getProperty("java.class.path"), FlexpriceApplication.class.getName()))
                .redirectErrorStream(true);
        process.environment().put("FLEXPRICE_DEPLOYMENT_MODE", mode);
        process.environment().put("FLEXPRICE_SERVER_ADDRESS", "127.0.0.1:0");
        process.environment().put("FLEXPRICE_SERVER_ADMIN_ADDRESS", "127.0.0.1:0");
        Process started = process.start();
        if (!started.waitFor(60, TimeUnit.SECONDS)) {
            started.destroyForcibly();
            throw new AssertionError("the application did not exit for mode " + mode);
        }
        return new Result(started.exitValue(), new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void an_unknown_deployment_mode_exits_non_zero_naming_the_allowed_values() throws Exception {
        Result result = run("batch");

        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains("FLEXPRICE_DEPLOYMENT_MODE")
                .contains("allowed: local, api, consumer, temporal_worker");
    }

    @Test
    void a_mode_whose_adapters_do_not_exist_yet_exits_non_zero_saying_so() throws Exception {
        Result result = run("api");

        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains("mode 'api' is not available in this build yet")
                .contains("is the well-known development key");
    }

    private record Result(int exitCode, String output) {
    }
}
