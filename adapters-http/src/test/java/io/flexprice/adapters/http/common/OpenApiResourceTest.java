package io.flexprice.adapters.http.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.flexprice.adapters.http.support.TestApi;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class OpenApiResourceTest {

    static final ResourceExtension API = TestApi.extension(new OpenApiResource());

    @Test
    void the_json_document_is_served_without_an_api_key() throws Exception {
        Response response = API.target("/v1/openapi.json").request().get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)).isTrue();
        JsonNode document = new ObjectMapper().readTree(response.readEntity(String.class));
        assertThat(document.at("/openapi").asText()).startsWith("3.");
        assertThat(document.at("/paths/~1v1~1customers/post/responses/201").isMissingNode()).isFalse();
    }

    @Test
    void the_yaml_document_is_served_without_an_api_key_as_application_yaml() {
        Response response = API.target("/v1/openapi.yaml").request().get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getMediaType().toString()).startsWith("application/yaml");
        assertThat(response.readEntity(String.class)).startsWith("openapi: 3.").contains("/v1/customers:");
    }

    @Test
    void only_the_document_and_health_are_public() {
        assertThat(ApiKeyAuthFilter.isPublic("v1/openapi.json")).isTrue();
        assertThat(ApiKeyAuthFilter.isPublic("/v1/openapi.yaml")).isTrue();
        assertThat(ApiKeyAuthFilter.isPublic("v1/openapi")).isFalse();
        assertThat(ApiKeyAuthFilter.isPublic("v1/customers")).isFalse();
    }
}
