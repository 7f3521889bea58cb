package io.flexprice.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlexpriceClientTest {

    @ParameterizedTest(name = "{0} calls {1}")
    @CsvSource({
            "http://localhost:8080,                 http://localhost:8080/v1",
            "http://localhost:8080/,                http://localhost:8080/v1",
            "http://localhost:8080/v1,              http://localhost:8080/v1",
            "https://us.api.flexprice.io/v1/,       https://us.api.flexprice.io/v1",
            "https://gateway.example.com/billing,   https://gateway.example.com/billing/v1",
    })
    void theBaseUrlBecomesTheApiRootEndingInV1(String baseUrl, String root) {
        FlexpriceClient client = FlexpriceClient.builder().apiKey("k").baseUrl(baseUrl).build();

        assertThat(client.baseUri()).hasToString(root);
    }

    @Test
    void anApiKeyAndAnHttpBaseUrlAreRequired() {
        assertThatThrownBy(() -> FlexpriceClient.builder().baseUrl("http://localhost").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("apiKey");
        assertThatThrownBy(() -> FlexpriceClient.builder().apiKey("k").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> FlexpriceClient.builder().apiKey("k").baseUrl("ftp://example.com").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("http");
        assertThatThrownBy(() -> FlexpriceClient.builder().apiKey("k").baseUrl("http://x.test?a=b").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("query");
    }

    @Test
    void retrySettingsAreChecked() {
        assertThatThrownBy(() -> FlexpriceClient.builder().apiKey("k").baseUrl("http://x.test").maxRetries(-1).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FlexpriceClient.builder().apiKey("k").baseUrl("http://x.test")
                .timeout(Duration.ZERO).build())
                .isInstanceOf(IllegalStateException.class);
    }
}
