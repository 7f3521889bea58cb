package io.flexprice.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.flexprice.adapters.http.common.FlexpriceOperations;
import io.flexprice.adapters.http.common.OpenApiResource;
import io.flexprice.adapters.http.costsheet.CostsheetSearchRequest;
import io.flexprice.adapters.http.customer.CreateCustomerRequest;
import io.flexprice.adapters.http.customer.CustomerResponse;
import io.flexprice.adapters.http.invoice.InvoiceResponse;
import io.flexprice.adapters.http.metering.EventResponse;
import io.flexprice.adapters.http.metering.IngestEventRequest;
import io.flexprice.adapters.http.pricing.CreatePriceRequest;
import io.flexprice.adapters.http.pricing.PriceResponse;
import io.flexprice.adapters.http.subscription.CreateSubscriptionRequest;
import io.flexprice.adapters.http.subscription.SubscriptionResponse;
import io.flexprice.adapters.http.wallet.WalletResponse;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the build generated (the one {@link OpenApiResource} serves), read back with a real
 * OpenAPI parser: valid, complete against FlexPrice's operations, and true to the wire.
 */
class OpenApiDocumentTest {

    private static String json;
    private static OpenAPI document;

    @BeforeAll
    static void parse() throws IOException {
        json = served(OpenApiResource.JSON_FILE);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, new ParseOptions());
        assertThat(result.getMessages()).as("parser messages").isEmpty();
        document = result.getOpenAPI();
        assertThat(document).isNotNull();
    }

    @Test
    void the_document_is_valid_openapi_3_in_json_and_in_yaml() throws IOException {
        assertThat(document.getOpenapi()).startsWith("3.0.");

        SwaggerParseResult yaml = new OpenAPIV3Parser().readContents(served(OpenApiResource.YAML_FILE), null,
                new ParseOptions());

        assertThat(yaml.getMessages()).as("parser messages of the yaml").isEmpty();
        assertThat(OpenApiGenerator.operations(yaml.getOpenAPI()).keySet())
                .isEqualTo(OpenApiGenerator.operations(document).keySet());
    }

    @Test
    void every_flexprice_operation_our_resources_route_appears_with_its_method_and_path() {
        Set<String> routed = routesOf(HttpComponents.RESOURCES);
        Set<String> documented = OpenApiGenerator.operations(document).keySet().stream()
                .map(OpenApiDocumentTest::normalised).collect(Collectors.toCollection(TreeSet::new));
        List<String> served = FlexpriceOperations.official().all().stream()
                .map(operation -> normalised(operation.method() + " " + operation.path()))
                .filter(routed::contains).toList();

        assertThat(served).contains("POST /v1/customers", "GET /v1/customers/{}", "POST /v1/events",
                "POST /v1/subscriptions/{}/cancel");
        assertThat(documented).containsAll(served);
        assertThat(documented).as("every route of the resources under /v1")
                .containsAll(routed.stream().filter(route -> route.contains(" /v1/")).toList());
    }

    @Test
    void flexprice_operations_that_answer_501_do_not_appear() {
        Set<String> routed = routesOf(HttpComponents.RESOURCES);
        List<String> notServed = FlexpriceOperations.official().all().stream()
                .map(operation -> normalised(operation.method() + " " + operation.path()))
                .filter(operation -> !routed.contains(operation)).toList();
        Set<String> documented = OpenApiGenerator.operations(document).keySet().stream()
                .map(OpenApiDocumentTest::normalised).collect(Collectors.toSet());

        // FlexPrice's price units among them, although our GET /v1/prices/{id} would take /v1/prices/units
        assertThat(notServed).contains("GET /v1/prices/units");
        assertThat(documented).doesNotContainAnyElementsOf(notServed).contains("GET /v1/prices/{}");
        assertThat(document.getPaths()).doesNotContainKey("/health");
    }

    @Test
    void property_names_are_the_ones_jackson_writes_and_reads() {
        assertThat(properties("CustomerResponse")).contains("external_id", "address_line1", "created_at")
                .doesNotContain("externalId");
        assertThat(schema("CustomerResponse").getProperties().get("created_at").getFormat()).isEqualTo("date-time");
        ObjectMapper wire = JsonConfig.configure(new ObjectMapper());
        for (Class<?> response : List.of(CustomerResponse.class, PriceResponse.class, SubscriptionResponse.class,
                InvoiceResponse.class, WalletResponse.class, EventResponse.class)) {
            BeanDescription written = wire.getSerializationConfig().introspect(wire.constructType(response));
            assertThat(properties(response.getSimpleName())).as(response.getSimpleName())
                    .isEqualTo(names(written.findProperties()));
        }
        // FlexPrice's costsheet filter is camel case on the wire
        for (Class<?> request : List.of(CreateCustomerRequest.class, CreatePriceRequest.class,
                CreateSubscriptionRequest.class, IngestEventRequest.class, CostsheetSearchRequest.class)) {
            BeanDescription read = wire.getDeserializationConfig().introspect(wire.constructType(request));
            assertThat(properties(request.getSimpleName())).as(request.getSimpleName())
                    .isEqualTo(names(read.findProperties()));
        }
    }

    private static Set<String> names(List<BeanPropertyDefinition> properties) {
        return properties.stream().map(BeanPropertyDefinition::getName).collect(Collectors.toSet());
    }

    @Test
    void enum_fields_list_the_wire_strings() {
        assertThat(enumOf("PriceResponse", "billing_model"))
                .containsExactly("FLAT_FEE", "PACKAGE", "TIERED");
        assertThat(enumOf("CreatePriceRequest", "billing_model"))
                .containsExactly("FLAT_FEE", "PACKAGE", "TIERED");
        assertThat(enumOf("CustomerResponse", "status"))
                .containsExactly("published", "archived", "deleted");
        assertThat(enumOf("SubscriptionResponse", "billing_cycle"))
                .containsExactlyInAnyOrder("anniversary", "calendar");
    }

    @Test
    void every_enum_link_names_a_field_of_the_document() {
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        for (String link : WireEnums.LINKS.keySet()) {
            if (link.contains(".")) {
                String[] parts = link.split("\\.");
                assertThat(properties(parts[0])).as(link).contains(parts[1]);
                assertThat(enumOf(parts[0], parts[1])).as(link).isNotEmpty();
            } else {
                assertThat(schemas.values()).as(link).anyMatch(schema -> schema.getProperties() != null
                        && schema.getProperties().containsKey(link));
            }
        }
    }

    @Test
    void creating_a_customer_answers_201_with_the_customer_and_4xx_with_flexprice_error_body() {
        Operation create = document.getPaths().get("/v1/customers").getPost();

        assertThat(create.getRequestBody().getContent().get("application/json").getSchema().get$ref())
                .endsWith("/CreateCustomerRequest");
        assertThat(create.getResponses()).containsKey("201").doesNotContainKey("200");
        assertThat(create.getResponses().get("201").getContent().get("application/json").getSchema().get$ref())
                .endsWith("/CustomerResponse");
        for (String status : List.of("400", "401", "404", "409")) {
            assertThat(create.getResponses().get(status).get$ref()).as(status).endsWith("/responses/Error");
        }
        ApiResponse error = document.getComponents().getResponses().get("Error");
        assertThat(error.getContent().get("application/json").getSchema().get$ref()).endsWith("/ErrorResponse");
        assertThat(properties("ErrorResponse")).containsExactlyInAnyOrder("success", "error");
        assertThat(properties("ErrorResponseErrorDetail"))
                .containsExactlyInAnyOrder("message", "internal_error", "code", "details");
    }

    @Test
    void success_statuses_follow_the_resources() {
        assertThat(document.getPaths().get("/v1/events").getPost().getResponses()).containsKey("202");
        assertThat(document.getPaths().get("/v1/customers/{id}").getDelete().getResponses()).containsKey("204");
        assertThat(document.getPaths().get("/v1/customers/{id}").getGet().getResponses().get("200").getContent()
                .get("application/json").getSchema().get$ref()).endsWith("/CustomerResponse");
        assertThat(document.getPaths().get("/v1/customers").getGet().getParameters())
                .anyMatch(parameter -> parameter.getName().equals("external_id") && parameter.getIn().equals("query"));
    }

    @Test
    void the_api_key_header_secures_every_operation_but_the_document_itself() {
        SecurityScheme apiKey = document.getComponents().getSecuritySchemes().get(OpenApiGenerator.API_KEY_SCHEME);

        assertThat(apiKey.getType()).isEqualTo(SecurityScheme.Type.APIKEY);
        assertThat(apiKey.getIn()).isEqualTo(SecurityScheme.In.HEADER);
        assertThat(apiKey.getName()).isEqualTo("x-api-key");
        assertThat(document.getSecurity()).anyMatch(requirement -> requirement.keySet()
                .equals(Set.of(OpenApiGenerator.API_KEY_SCHEME)));
        assertThat(document.getPaths().get("/v1/openapi.json").getGet().getSecurity()).isEmpty();
        assertThat(document.getPaths().get("/v1/customers").getPost().getSecurity()).isNull();
        assertThat(document.getPaths().get("/v1/customers").getPost().getParameters())
                .anyMatch(parameter -> ("#/components/parameters/" + OpenApiGenerator.IDEMPOTENCY_KEY)
                        .equals(parameter.get$ref()));
        assertThat(document.getComponents().getParameters().get(OpenApiGenerator.IDEMPOTENCY_KEY).getName())
                .isEqualTo("Idempotency-Key");
    }

    @Test
    void info_carries_the_project_version_and_servers() {
        assertThat(document.getInfo().getTitle()).isNotBlank();
        assertThat(document.getInfo().getVersion()).isEqualTo(System.getProperty("project.version"));
        assertThat(document.getServers()).isNotEmpty();
    }

    private static Set<String> properties(String schema) {
        return schema(schema).getProperties().keySet();
    }

    private static List<Object> enumOf(String schema, String property) {
        Schema<?> field = property(schema, property);
        assertThat(field).as(schema + "." + property).isNotNull();
        return field.getEnum() == null ? List.of() : List.copyOf(field.getEnum());
    }

    private static Schema<?> property(String schema, String property) {
        return schema(schema).getProperties().get(property);
    }

    private static Schema<?> schema(String name) {
        Schema<?> schema = document.getComponents().getSchemas().get(name);
        assertThat(schema).as(name).isNotNull();
        return schema;
    }

    /** {@code METHOD /path} with every path parameter written {@code {}}: names differ, positions count. */
    private static String normalised(String operation) {
        return operation.replaceAll("\\{[^}]*}", "{}").replaceAll("/$", "");
    }

    /** The routes of JAX-RS resources, read from their annotations (not by swagger), normalised. */
    private static Set<String> routesOf(List<Class<?>> resources) {
        Set<String> routes = new TreeSet<>();
        for (Class<?> resource : resources) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                String httpMethod = null;
                for (Annotation annotation : method.getAnnotations()) {
                    HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (designator != null) {
                        httpMethod = designator.value();
                    }
                }
                if (httpMethod == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = ("/" + base + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/");
                routes.add(normalised(httpMethod + " " + path));
            }
        }
        return routes;
    }

    private static String served(String file) throws IOException {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DIRECTORY + file)) {
            assertThat(in).as(file + " on the classpath (generated by the build's OpenApiGenerator)").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
