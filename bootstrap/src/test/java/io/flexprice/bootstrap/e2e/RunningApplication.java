package io.flexprice.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.Application;
import io.dropwizard.testing.DropwizardTestSupport;
import io.flexprice.bootstrap.FlexpriceApplication;
import io.flexprice.bootstrap.MicrosecondClock;
import io.flexprice.bootstrap.config.FlexpriceConfiguration;
import io.flexprice.bootstrap.config.SettingsValidator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real application, started in this JVM on free loopback ports, and a small JSON client for it.
 * Environment overrides are passed in, as the process environment would pass them.
 */
final class RunningApplication implements AutoCloseable {

    static final String DEV_KEY = SettingsValidator.DEVELOPMENT_API_KEY;
    static final Clock MICROSECOND_CLOCK = MicrosecondClock.systemUtc();

    private final DropwizardTestSupport<FlexpriceConfiguration> support;
    private final Path ownDataDirectory;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    private RunningApplication(DropwizardTestSupport<FlexpriceConfiguration> support, Path ownDataDirectory) {
        this.support = support;
        this.ownDataDirectory = ownDataDirectory;
    }

    /**
     * Starts local mode with these overrides (the billing loop off unless {@code FLEXPRICE_BILLING_ENABLED} says
     * otherwise). Without {@code FLEXPRICE_LOCAL_DATA_DIR} it gets a fresh
     * data directory, deleted on {@link #close()}; with one, the directory is the caller's to keep.
     */
    static RunningApplication start(Map<String, String> overrides, Clock clock) throws Exception {
        Map<String, String> variables = new HashMap<>(Map.of(
                "FLEXPRICE_SERVER_ADDRESS", "127.0.0.1:0",
                "FLEXPRICE_SERVER_ADMIN_ADDRESS", "127.0.0.1:0",
                "FLEXPRICE_LOGGING_LEVEL", "warn",
                // the billing loop runs only where a test asks for it, so no test meets invoices it did not make
                "FLEXPRICE_BILLING_ENABLED", "false"));
        Path ownDataDirectory = null;
        if (!overrides.containsKey("FLEXPRICE_LOCAL_DATA_DIR")) {
            ownDataDirectory = Files.createTempDirectory("flexprice-e2e");
            variables.put("FLEXPRICE_LOCAL_DATA_DIR", ownDataDirectory.toString());
        }
        variables.putAll(overrides);
        DropwizardTestSupport<FlexpriceConfiguration> support =
                new DropwizardTestSupport<>(FlexpriceApplication.class, (String) null) {
                    @Override
                    public Application<FlexpriceConfiguration> newApplication() {
                        return new FlexpriceApplication(variables, clock);
                    }
                };
        support.before();
        return new RunningApplication(support, ownDataDirectory);
    }

    static RunningApplication start() throws Exception {
        return start(Map.of(), MICROSECOND_CLOCK);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + support.getLocalPort();
    }

    Response get(String path) {
        return send("GET", path, null, DEV_KEY);
    }

    Response post(String path, String body) {
        return send("POST", path, body, DEV_KEY);
    }

    Response put(String path, String body) {
        return send("PUT", path, body, DEV_KEY);
    }

    Response delete(String path) {
        return send("DELETE", path, null, DEV_KEY);
    }

    Response send(String method, String path, String body, String apiKey) {
        return send(method, path, body, apiKey == null ? Map.of() : Map.of("x-api-key", apiKey));
    }

    Response send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode parsed = response.body().isEmpty() ? json.missingNode() : json.readTree(response.body());
            return new Response(response.statusCode(), parsed, response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    FlexpriceApplication application() {
        return support.getApplication();
    }

    @Override
    public void close() throws IOException {
        support.after();
        if (ownDataDirectory != null) {
            try (Stream<Path> files = Files.walk(ownDataDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    record Response(int status, JsonNode body, String raw, HttpHeaders headers) {

        /** The first value of the response header {@code name}, or null if there is none. */
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + raw;
        }
    }
}
