package io.flexprice.sdk.errors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.customers.CreateCustomerParams;
import io.flexprice.sdk.support.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Error answers become typed exceptions carrying status, code, request id and field details. */
class ErrorMappingTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).builder().maxRetries(0).build();
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({
            "400, ValidationException",
            "422, ValidationException",
            "401, AuthenticationException",
            "403, PermissionException",
            "404, NotFoundException",
            "409, ConflictException",
            "429, RateLimitException",
            "500, ServerException",
            "503, ServerException",
            "405, ApiException",
    })
    void eachStatusHasItsExceptionWithStatusCodeAndRequestId(int status, String type) {
        server.stubFor(get("/v1/customers/cust_1").willReturn(json(status, """
                {"success": false, "error": {"message": "it went wrong", "internal_error": "detail",
                 "code": "some.code"}}""").withHeader("X-Request-ID", "req-abc")));

        assertThatThrownBy(() -> client().customers().get("cust_1"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.code()).isEqualTo("some.code");
                    assertThat(e.requestId()).isEqualTo("req-abc");
                    assertThat(e.errorMessage()).isEqualTo("it went wrong");
                    assertThat(e.internalError()).isEqualTo("detail");
                    assertThat(e.getMessage()).isEqualTo(status + " some.code: it went wrong [request req-abc]");
                });
    }

    @Test
    void aValidationErrorNamesEveryInvalidField() {
        server.stubFor(post("/v1/customers").willReturn(json(400, """
                {"success": false, "error": {"message": "invalid request", "code": "request.invalid",
                 "details": [{"field": "email", "message": "is not an e-mail address"},
                             {"field": "metadata.tier", "message": "is too long"}]}}""")));

        assertThatThrownBy(() -> client().customers().create(CreateCustomerParams.builder().externalId("acme")
                .email("nope").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details()).containsExactly(
                        new FieldError("email", "is not an e-mail address"),
                        new FieldError("metadata.tier", "is too long")));
    }

    @Test
    void anAnswerThatIsNotFlexPricesErrorShapeStillBecomesATypedException() {
        server.stubFor(get("/v1/customers/cust_1").willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody("<html>Bad Gateway</html>")));

        assertThatThrownBy(() -> client().customers().get("cust_1"))
                .isInstanceOfSatisfying(ServerException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.code()).isNull();
                    assertThat(e.requestId()).isNull();
                    assertThat(e.errorMessage()).isEqualTo("<html>Bad Gateway</html>");
                });
    }

    @Test
    void anEmptyErrorAnswerIsNamedByItsStatus() {
        server.stubFor(get("/v1/customers/cust_1").willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> client().customers().get("cust_1"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errorMessage()).isEqualTo("HTTP 404"));
    }

    @Test
    void aSuccessAnswerThatIsNotTheExpectedJsonIsAnUnexpectedResponse() {
        server.stubFor(get("/v1/customers/cust_1").willReturn(aResponse().withStatus(200)
                .withHeader("X-Request-ID", "req-html").withBody("<html>captive portal</html>")));

        assertThatThrownBy(() -> client().customers().get("cust_1"))
                .isInstanceOfSatisfying(UnexpectedResponseException.class, e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.requestId()).isEqualTo("req-html");
                });
    }
}
