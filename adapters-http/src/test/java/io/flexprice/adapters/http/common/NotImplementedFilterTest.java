package io.flexprice.adapters.http.common;

import static io.flexprice.adapters.http.support.TestApi.authorized;
import static io.flexprice.adapters.http.support.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.flexprice.adapters.http.JsonConfig;
import io.flexprice.adapters.http.customer.CustomersResource;
import io.flexprice.adapters.http.support.FakeAuthenticate;
import io.flexprice.adapters.http.support.FakeCustomers;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class NotImplementedFilterTest {

    private static final FakeCustomers CUSTOMERS = new FakeCustomers();

    static final ResourceExtension API = ResourceExtension.builder()
            .setMapper(JsonConfig.configure(Jackson.newObjectMapper()))
            .setRegisterDefaultExceptionMappers(false)
            .addProvider(new ApiKeyAuthFilter(new FakeAuthenticate()))
            .addProvider(new ErrorMapper())
            .addProvider(new NotImplementedFilter())
            .addResource(new CustomersResource(CUSTOMERS, CUSTOMERS))
            .build();

    @Test
    void aFlexpriceOperationNoResourceServesAnswers501InTheErrorShape() {
        Response response = authorized(API, "/v1/customers/cust_1/grants/upcoming").get();

        assertThat(response.getStatus()).isEqualTo(501);
        JsonNode body = json(response);
        assertThat(body.get("success").asBoolean()).isFalse();
        assertThat(body.at("/error/code").asText()).isEqualTo("request.not_implemented");
        assertThat(body.at("/error/message").asText())
                .isEqualTo("GET /v1/customers/{id}/grants/upcoming is not implemented by this server");
    }

    @Test
    void aFlexpriceOperationRoutedToOneOfOurParameterTemplatesAnswers501() {
        // our GET /v1/customers/{id} takes the path of FlexPrice's GET /v1/customers/usage (not registered here)
        Response response = authorized(API, "/v1/customers/usage").get();

        assertThat(response.getStatus()).isEqualTo(501);
        assertThat(json(response).at("/error/message").asText())
                .isEqualTo("GET /v1/customers/usage is not implemented by this server");
    }

    @Test
    void aDomainNotFoundStays404() {
        Response response = authorized(API, "/v1/customers/cust_missing").get();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("customer.not_found");
    }

    @Test
    void aPathThatIsNoFlexpriceOperationStaysARouting404() {
        Response response = authorized(API, "/v1/no-such-thing").get();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(json(response).at("/error/code").asText()).isEqualTo(EdgeErrorCode.ROUTE_NOT_FOUND.code());
    }

    @Test
    void aMethodThatIsNoFlexpriceOperationStaysA405() {
        // PATCH is not among FlexPrice's operations on /v1/customers/{id}
        Response response = authorized(API, "/v1/customers/cust_1").method("PATCH", jakarta.ws.rs.client.Entity.json("{}"));

        assertThat(response.getStatus()).isEqualTo(405);
    }
}
