package io.flexprice.adapters.http.customer;

import static io.flexprice.adapters.http.support.TestApi.authorized;
import static io.flexprice.adapters.http.support.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.flexprice.adapters.http.support.FakeCustomers;
import io.flexprice.adapters.http.support.TestApi;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.ports.in.customer.CustomerRef;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class CustomersResourceTest {

    private static final FakeCustomers CUSTOMERS = new FakeCustomers();

    static final ResourceExtension API = TestApi.extension(new CustomersResource(CUSTOMERS, CUSTOMERS));

    @BeforeEach
    void reset() {
        CUSTOMERS.reset();
    }

    @Test
    void create_maps_the_flexprice_request_and_answers_201_in_snake_case() {
        Response response = authorized(API, "/v1/customers").post(Entity.json("""
                {"external_id": "ext_42", "name": "Acme", "email": "billing@acme.test",
                 "address_line1": "1 Main St", "address_city": "Berlin", "address_postal_code": "10115",
                 "address_country": "DE", "metadata": {"plan": "gold", "seats": 5},
                 "timezone": "Europe/Berlin", "skip_onboarding_workflow": true}
                """));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(CUSTOMERS.lastCreate.externalId()).isEqualTo("ext_42");
        assertThat(CUSTOMERS.lastCreate.addressLine1()).isEqualTo("1 Main St");
        assertThat(CUSTOMERS.lastCreate.addressPostalCode()).isEqualTo("10115");
        assertThat(CUSTOMERS.lastCreate.timezone()).isEqualTo("Europe/Berlin");
        assertThat(CUSTOMERS.lastCreate.metadata()).isEqualTo(Map.of("plan", "gold", "seats", "5"));

        JsonNode body = json(response);
        assertThat(body.get("id").asText()).isEqualTo("cust_new");
        assertThat(body.get("external_id").asText()).isEqualTo("ext_42");
        assertThat(body.get("address_line1").asText()).isEqualTo("1 Main St");
        assertThat(body.get("address_postal_code").asText()).isEqualTo("10115");
        assertThat(body.get("address_country").asText()).isEqualTo("DE");
        assertThat(body.get("timezone").asText()).isEqualTo("Europe/Berlin");
        assertThat(body.get("status").asText()).isEqualTo("published");
        assertThat(body.get("tenant_id").asText()).isEqualTo("tenant_test");
        assertThat(body.get("environment_id").asText()).isEqualTo("env_test");
        assertThat(body.get("created_at").asText()).isEqualTo("2024-05-01T12:00:00Z");
        assertThat(body.get("updated_at").asText()).isEqualTo("2024-05-02T08:30:00.250Z");
        assertThat(body.get("created_by").asText()).isEqualTo("secret_test");
        assertThat(body.at("/metadata/plan").asText()).isEqualTo("gold");
        assertThat(body.has("address_line2")).as("nulls are left out").isFalse();
        assertThat(body.has("parent_customer_id")).isFalse();
    }

    @Test
    void parent_by_external_id_reaches_the_command() {
        Response response = authorized(API, "/v1/customers")
                .post(Entity.json("{\"external_id\":\"ext_1\",\"parent_customer_external_id\":\"ext_0\"}"));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(CUSTOMERS.lastCreate.parentCustomerExternalId()).isEqualTo("ext_0");
        assertThat(CUSTOMERS.lastCreate.parentCustomerId()).isNull();
    }

    @Test
    void get_by_id_and_by_external_id() {
        JsonNode byId = json(authorized(API, "/v1/customers/cust_7").get());
        assertThat(byId.get("id").asText()).isEqualTo("cust_7");
        assertThat(CUSTOMERS.lastRef).isEqualTo(CustomerRef.byId("cust_7"));

        JsonNode byExternal = json(authorized(API, "/v1/customers/external/ext%2F7").get());
        assertThat(byExternal.get("external_id").asText()).isEqualTo("ext/7");
        assertThat(CUSTOMERS.lastRef).isEqualTo(CustomerRef.byExternalId("ext/7"));
    }

    @Test
    void a_missing_customer_is_a_404_customer_not_found() {
        Response response = authorized(API, "/v1/customers/cust_missing").get();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("customer.not_found");
    }

    @Test
    void put_names_the_customer_by_the_external_customer_id_query_parameter() {
        Response response = authorized(API.target("/v1/customers").queryParam("external_customer_id", "ext_9"))
                .put(Entity.json("{\"name\":\"New name\",\"timezone\":\"America/New_York\"}"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(CUSTOMERS.lastRef).isEqualTo(CustomerRef.byExternalId("ext_9"));
        assertThat(CUSTOMERS.lastUpdate.name()).isEqualTo("New name");
        assertThat(CUSTOMERS.lastUpdate.timezone()).isEqualTo("America/New_York");
        assertThat(CUSTOMERS.lastUpdate.email()).as("absent fields stay null: kept as they are").isNull();
        assertThat(json(response).get("external_id").asText()).isEqualTo("ext_9");
    }

    @Test
    void put_names_the_customer_by_the_id_query_parameter_or_the_path() {
        authorized(API.target("/v1/customers").queryParam("id", "cust_3")).put(Entity.json("{\"email\":\"a@b.test\"}"));
        assertThat(CUSTOMERS.lastRef).isEqualTo(CustomerRef.byId("cust_3"));

        Response byPath = authorized(API, "/v1/customers/cust_4").put(Entity.json("{\"email\":\"a@b.test\"}"));
        assertThat(byPath.getStatus()).isEqualTo(200);
        assertThat(CUSTOMERS.lastRef).isEqualTo(CustomerRef.byId("cust_4"));
    }

    @Test
    void put_without_a_customer_is_a_400() {
        Response response = authorized(API, "/v1/customers").put(Entity.json("{\"name\":\"x\"}"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json(response).at("/error/details/0/field").asText()).isEqualTo("id");
        assertThat(CUSTOMERS.lastUpdate).isNull();
    }

    @Test
    void delete_answers_204_without_a_body() {
        Response response = authorized(API, "/v1/customers/cust_5").delete();

        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(response.hasEntity()).isFalse();
        assertThat(CUSTOMERS.lastDeleted).isEqualTo(CustomerId.of("cust_5"));
    }

    @Test
    void search_maps_the_customer_filter_and_answers_items_and_pagination() {
        Response response = authorized(API, "/v1/customers/search").post(Entity.json("""
                {"customer_ids": ["cust_1", "cust_2"], "external_id": "ext_1", "external_ids": ["ext_2"],
                 "email": "a@b.test", "status": "archived", "limit": 20, "offset": 40, "order": "asc"}
                """));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(CUSTOMERS.lastFilter.customerIds()).containsExactly("cust_1", "cust_2");
        assertThat(CUSTOMERS.lastFilter.externalIds()).containsExactly("ext_2", "ext_1");
        assertThat(CUSTOMERS.lastFilter.email()).isEqualTo("a@b.test");
        assertThat(CUSTOMERS.lastFilter.status()).isEqualTo(Status.ARCHIVED);
        assertThat(CUSTOMERS.lastPage).isEqualTo(new PageRequest(20, 40, PageRequest.SortOrder.ASC));
        JsonNode body = json(response);
        assertThat(body.at("/items/0/id").asText()).isEqualTo("cust_1");
        assertThat(body.at("/pagination/limit").asInt()).isEqualTo(20);
        assertThat(body.at("/pagination/offset").asInt()).isEqualTo(40);
        assertThat(body.at("/pagination/total").asInt()).isEqualTo(21);
    }

    @Test
    void list_takes_the_filter_as_query_parameters_repeated_or_comma_separated() {
        Response response = authorized(API.target("/v1/customers").queryParam("customer_ids", "cust_1,cust_2")
                .queryParam("customer_ids", "cust_3").queryParam("limit", "5")).get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(CUSTOMERS.lastFilter.customerIds()).containsExactly("cust_1", "cust_2", "cust_3");
        assertThat(CUSTOMERS.lastPage).isEqualTo(new PageRequest(5, 0, PageRequest.SortOrder.DESC));
    }

    @Test
    void list_reports_bad_query_parameters_as_400_not_404() {
        Response response = authorized(API.target("/v1/customers").queryParam("limit", "many")).get();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json(response).at("/error/details/0/field").asText()).isEqualTo("limit");
    }

    @Test
    void search_collects_every_invalid_field() {
        Response response = authorized(API, "/v1/customers/search")
                .post(Entity.json("{\"status\":\"gone\",\"limit\":5000,\"order\":\"sideways\"}"));

        assertThat(response.getStatus()).isEqualTo(400);
        List<String> fields = json(response).at("/error/details").findValuesAsText("field");
        assertThat(fields).containsExactlyInAnyOrder("status", "limit", "order");
    }
}
