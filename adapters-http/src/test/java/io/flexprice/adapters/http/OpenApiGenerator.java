package io.flexprice.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.flexprice.adapters.http.common.ApiKeyAuthFilter;
import io.flexprice.adapters.http.common.ErrorResponse;
import io.flexprice.adapters.http.common.IdempotencyKeyFilter;
import io.flexprice.adapters.http.common.OpenApiResource;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the OpenAPI 3 document of the HTTP API from the JAX-RS resources of {@link HttpComponents#RESOURCES}
 * with swagger-core's reader, at build time: the module's pom runs {@link #main} after the test classes are
 * compiled, writing {@code openapi.json} and {@code openapi.yaml} into the classes directory, where
 * {@link OpenApiResource} serves them from. So swagger-core stays a build-time (test scope) dependency.
 *
 * <p>What the reader cannot see in the code is added here, each from a single source: schemas are read with a
 * mapper configured by {@link JsonConfig} (and each record's own {@code @JsonNaming}), so property names are
 * exactly the wire's; every operation answers the error body ({@link ErrorResponse}) for 4xx and 5xx; the
 * {@code x-api-key} scheme applies except where {@link ApiKeyAuthFilter#isPublic} says a path is public, and
 * POST, PUT and DELETE take the optional {@code Idempotency-Key} header ({@link IdempotencyKeyFilter}); enum
 * values of the string fields that carry a domain enum come from the enum ({@link WireEnums}).
 */
public final class OpenApiGenerator {

    static final String API_KEY_SCHEME = "ApiKeyAuth";
    static final String ENVIRONMENT_SCHEME = "EnvironmentId";
    static final String ERROR_RESPONSE = "Error";
    static final String IDEMPOTENCY_KEY = "IdempotencyKey";
    private static final Set<PathItem.HttpMethod> IDEMPOTENT_METHODS =
            Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.DELETE);
    static final List<String> ERROR_STATUSES = List.of("400", "401", "403", "404", "409", "429", "5XX");

    private OpenApiGenerator() {
    }

    /** {@code args}: the output directory and the project version. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: OpenApiGenerator <output directory> <version>");
        }
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        OpenAPI document = generate(args[1]);
        Path directory = Path.of(args[0]);
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(OpenApiResource.JSON_FILE), json(document), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(OpenApiResource.YAML_FILE), yaml(document), StandardCharsets.UTF_8);
    }

    public static OpenAPI generate(String version) {
        ObjectMapper wire = JsonConfig.configure(new ObjectMapper());
        ModelConverters converters = ModelConverters.getInstance();
        converters.addConverter(new WireModelResolver(wire));

        OpenAPI base = new OpenAPI()
                .info(new Info()
                        .title("FlexPrice for the JVM")
                        .version(version)
                        .description("Usage metering and billing, wire-compatible with FlexPrice's public v1 API "
                                + "(the official client @flexprice/sdk 2.0.1). Generated from the JAX-RS resources; "
                                + "FlexPrice operations not listed here answer 501 request.not_implemented."))
                .servers(List.of(
                        new Server().url("/").description("this server"),
                        new Server().url("http://localhost:8080").description("local mode (./flexprice)")))
                .components(new Components()
                        .addSecuritySchemes(API_KEY_SCHEME, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name(ApiKeyAuthFilter.API_KEY_HEADER)
                                .description("An API key; bound to one environment, or tenant-wide with "
                                        + ApiKeyAuthFilter.ENVIRONMENT_HEADER))
                        .addSecuritySchemes(ENVIRONMENT_SCHEME, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name(ApiKeyAuthFilter.ENVIRONMENT_HEADER)
                                .description("The environment a tenant-wide API key acts in")));
        SwaggerConfiguration configuration = new SwaggerConfiguration()
                .openAPI(base)
                .readAllResources(true)
                .defaultResponseCode("200")
                .sortOutput(true);
        Reader reader = new Reader(configuration);

        Map<Operation, Class<?>> resourceOf = new IdentityHashMap<>();
        OpenAPI document = null;
        for (Class<?> resource : HttpComponents.RESOURCES) {
            document = reader.read(resource);
            for (PathItem item : document.getPaths().values()) {
                for (Operation operation : item.readOperations()) {
                    resourceOf.putIfAbsent(operation, resource);
                }
            }
        }
        if (document == null) {
            throw new IllegalStateException("no resources");
        }
        document.setComponents(document.getComponents() == null ? base.getComponents() : document.getComponents());
        return finish(document, resourceOf, converters);
    }

    private static OpenAPI finish(OpenAPI document, Map<Operation, Class<?>> resourceOf, ModelConverters converters) {
        Components components = document.getComponents();
        converters.readAll(ErrorResponse.class).forEach(components::addSchemas);
        Content errorContent = new Content().addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/"
                        + ErrorResponse.class.getSimpleName())));
        components.addResponses(ERROR_RESPONSE, new ApiResponse()
                .description("FlexPrice's error body, with our stable code and the invalid fields")
                .content(errorContent));
        components.addParameters(IDEMPOTENCY_KEY, new HeaderParameter().name(IdempotencyKeyFilter.KEY_HEADER)
                .required(false).schema(new StringSchema().minLength(1).maxLength(255))
                .description("Our extension: a retry with the same key and request gets the first answer again "
                        + "(24 hours), with " + IdempotencyKeyFilter.REPLAYED_HEADER + ": true"));
        for (String scheme : List.of(API_KEY_SCHEME, ENVIRONMENT_SCHEME)) {
            if (!components.getSecuritySchemes().containsKey(scheme)) {
                throw new IllegalStateException("security scheme " + scheme + " lost by the reader");
            }
        }
        document.setSecurity(List.of(
                new SecurityRequirement().addList(API_KEY_SCHEME),
                new SecurityRequirement().addList(API_KEY_SCHEME).addList(ENVIRONMENT_SCHEME)));

        Paths sorted = new Paths();
        Set<String> tags = new TreeSet<>();
        Set<String> operationIds = new TreeSet<>();
        new TreeMap<>(document.getPaths()).forEach((path, item) -> {
            if (!path.startsWith("/v1/")) {
                return; // /health: FlexPrice's liveness probe, not part of the v1 API
            }
            boolean isPublic = ApiKeyAuthFilter.isPublic(path);
            item.readOperationsMap().forEach((method, operation) -> {
                Class<?> resource = resourceOf.get(operation);
                String tag = tagOf(resource);
                tags.add(tag);
                operation.setTags(List.of(tag));
                String id = operationIdOf(resource, operation.getOperationId());
                if (!operationIds.add(id)) {
                    throw new IllegalStateException("two operations named " + id);
                }
                operation.setOperationId(id);
                if (isPublic) {
                    operation.setSecurity(Collections.emptyList());
                } else if (IDEMPOTENT_METHODS.contains(method)) {
                    operation.addParametersItem(new Parameter().$ref("#/components/parameters/" + IDEMPOTENCY_KEY));
                }
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses()
                        : operation.getResponses();
                responses.forEach((status, response) -> describe(status, response, errorContent));
                for (String status : ERROR_STATUSES) {
                    if (isPublic && (status.equals("401") || status.equals("403"))) {
                        continue;
                    }
                    responses.putIfAbsent(status, new ApiResponse()
                            .$ref("#/components/responses/" + ERROR_RESPONSE));
                }
                operation.setResponses(responses);
            });
            sorted.addPathItem(path, item);
        });
        document.setPaths(sorted);
        List<Tag> tagList = new ArrayList<>();
        tags.forEach(tag -> tagList.add(new Tag().name(tag)));
        document.setTags(tagList);

        WireEnums.apply(components.getSchemas());
        components.getSchemas().values().forEach(OpenApiGenerator::anyValueForBareObjects);
        components.setSchemas(new TreeMap<>(components.getSchemas()));
        return document;
    }

    /** A response the annotations or the reader left without a description (required) or an error body. */
    private static void describe(String status, ApiResponse response, Content errorContent) {
        if (response.get$ref() != null) {
            return;
        }
        if (response.getDescription() == null || response.getDescription().equals("default response")) {
            response.setDescription(switch (status) {
                case "201" -> "Created";
                case "202" -> "Accepted";
                case "204" -> "No content";
                default -> status.startsWith("2") ? "OK" : "Error";
            });
        }
        if ((status.startsWith("4") || status.startsWith("5")) && response.getContent() == null) {
            response.setContent(errorContent);
        }
    }

    /**
     * {@code Object} values (metadata, event properties) come out of the reader as {@code type: object}
     * without properties: any JSON value is meant, so the type is dropped, also inside maps and arrays.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void anyValueForBareObjects(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null) {
            Map<String, Schema> properties = schema.getProperties();
            properties.replaceAll((name, property) -> isBareObject(property) ? new Schema<>() : property);
            properties.values().forEach(OpenApiGenerator::anyValueForBareObjects);
        }
        if (schema.getItems() != null) {
            anyValueForBareObjects(schema.getItems());
        }
        if (schema.getAdditionalProperties() instanceof Schema values) {
            if (isBareObject(values)) {
                schema.setAdditionalProperties(new Schema<>());
            } else {
                anyValueForBareObjects(values);
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private static boolean isBareObject(Schema schema) {
        return "object".equals(schema.getType()) && schema.getProperties() == null
                && schema.getAdditionalProperties() == null && schema.get$ref() == null;
    }

    /** The feature package of the resource: {@code customer}, {@code pricing}, ... */
    private static String tagOf(Class<?> resource) {
        String name = resource.getPackageName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /**
     * {@code customersCreate} for {@code CustomersResource.create}: the reader names an operation by its
     * Java method and numbers repeats ({@code create_1}), so the resource is put in front instead.
     */
    private static String operationIdOf(Class<?> resource, String readerId) {
        String method = readerId.replaceFirst("_\\d+$", "");
        String stem = resource.getSimpleName().replaceFirst("Resource$", "");
        return stem.substring(0, 1).toLowerCase(Locale.ROOT) + stem.substring(1)
                + method.substring(0, 1).toUpperCase(Locale.ROOT) + method.substring(1);
    }

    static String json(OpenAPI document) throws IOException {
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
    }

    static String yaml(OpenAPI document) throws IOException {
        return Yaml.pretty().writeValueAsString(document);
    }

    /** For tests: the operations of a document as {@code METHOD /path}, in path order. */
    static Map<String, Operation> operations(OpenAPI document) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                operations.put(method.name() + " " + path, operation)));
        return operations;
    }
}
