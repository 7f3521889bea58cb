package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's curl walkthrough, run as written against a freshly started application. */
class ReadmeWalkthroughIT {

    private static final String START = "<!-- walkthrough:start -->";
    private static final String END = "<!-- walkthrough:end -->";

    @Test
    void the_readme_walkthrough_works_as_written() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf(START) + START.length(), readme.indexOf(END));
        String script = section.substring(section.indexOf("```bash") + "```bash".length(), section.lastIndexOf("```"));

        try (RunningApplication app = RunningApplication.start()) {
            Process bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c",
                    script.replace("http://localhost:8080", app.baseUrl()))
                    .redirectErrorStream(true).start();
            assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(bash.exitValue()).as(output).isZero();
            assertThat(output).contains("\"value\":200");
            assertThat(output).contains("\"external_id\":\"cust-42\"");
            // the first invoice, the month's fee in advance; the preview, 200 tokens x 0.01 + next month's fee
            assertThat(output).containsPattern("\"invoice_number\":\"INV-\\d{6}-00001\"");
            assertThat(output).contains("\"total\":\"20\"");
            assertThat(output).contains("\"total\":\"22\"");
        }
    }
}
