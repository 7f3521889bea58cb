package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flexprice.bootstrap.e2e.RunningApplication.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The running application serves its OpenAPI document without an API key, and the document names every
 * operation docs/api.md lists as served (that list is pinned against the running application by
 * {@link FlexpriceOperationsEndToEndIT}).
 */
class OpenApiEndToEndIT {

    private static final Pattern SERVED_SECTION = Pattern.compile("### Served \\((\\d+)\\)\\n\\n((?:- `[^`]+`\\n)+)");
    private static final Pattern OPERATION = Pattern.compile("- `([A-Z]+) ([^`]+)`");

    @Test
    void theDocumentIsServedWithoutAKeyAndListsEveryServedFlexpriceOperation() throws Exception {
        try (RunningApplication app = RunningApplication.start()) {
            Response json = app.send("GET", "/v1/openapi.json", null, (String) null);

            assertThat(json.status()).as(json.toString()).isEqualTo(200);
            assertThat(json.header("Content-Type")).startsWith("application/json");
            JsonNode document = json.body();
            assertThat(document.at("/openapi").asText()).startsWith("3.");
            assertThat(document.at("/components/securitySchemes/ApiKeyAuth/name").asText()).isEqualTo("x-api-key");

            Set<String> documented = new TreeSet<>();
            document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                    method -> documented.add(normalised(method.toUpperCase(Locale.ROOT) + " " + path.getKey()))));
            List<String> served = servedInDocsApiMd();
            assertThat(served).isNotEmpty();
            assertThat(documented).containsAll(served.stream().map(OpenApiEndToEndIT::normalised).toList());

            HttpResponse<String> yaml = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(app.baseUrl() + "/v1/openapi.yaml")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(yaml.statusCode()).isEqualTo(200);
            assertThat(yaml.headers().firstValue("Content-Type").orElse("")).startsWith("application/yaml");
            assertThat(yaml.body()).startsWith("openapi: 3.").contains("/v1/customers:");
        }
    }

    private static List<String> servedInDocsApiMd() throws Exception {
        String docs = Files.readString(Path.of("..", "docs", "api.md"));
        Matcher section = SERVED_SECTION.matcher(docs);
        assertThat(section.find()).as("the Served list of docs/api.md").isTrue();
        List<String> served = OPERATION.matcher(section.group(2)).results()
                .map(operation -> operation.group(1) + " " + operation.group(2)).toList();
        assertThat(served).hasSize(Integer.parseInt(section.group(1)));
        return served;
    }

    /** Path parameter names differ between FlexPrice's paths and ours; their positions do not. */
    private static String normalised(String operation) {
        return operation.replaceAll("\\{[^}]*}", "{}");
    }
}
