package io.flexprice.sdk.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.function.Supplier;

/** WireMock stubs the SDK tests share. */
public final class Stubs {

    private static int scenarios;

    private Stubs() {
    }

    /** Answers the matching requests with {@code responses} in turn; the last one repeats. */
    public static void inTurn(WireMockExtension server, Supplier<MappingBuilder> request,
                              ResponseDefinitionBuilder... responses) {
        String scenario = "turns-" + (++scenarios);
        for (int i = 0; i < responses.length; i++) {
            ScenarioMappingBuilder mapping = request.get().inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "turn-" + i)
                    .willReturn(responses[i]);
            if (i < responses.length - 1) {
                mapping = mapping.willSetStateTo("turn-" + (i + 1));
            }
            server.stubFor(mapping);
        }
    }

    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** An error answer in FlexPrice's shape. */
    public static ResponseDefinitionBuilder error(int status, String code, String message) {
        return json(status, """
                {"success": false, "error": {"message": "%s", "internal_error": "%s", "code": "%s"}}"""
                .formatted(message, message, code))
                .withHeader("X-Request-ID", "req-" + status);
    }

    public static final String CUSTOMER = """
            {"id": "cust_1", "external_id": "acme", "name": "Acme Inc", "email": "billing@acme.test",
             "metadata": {"tier": "gold"}, "status": "published", "tenant_id": "t1", "environment_id": "env1",
             "created_at": "2026-03-01T12:00:00.123456Z", "updated_at": "2026-03-01T12:00:00Z",
             "some_field_added_later": {"x": 1}}""";
}
