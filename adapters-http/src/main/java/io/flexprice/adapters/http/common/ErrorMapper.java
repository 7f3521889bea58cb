package io.flexprice.adapters.http.common;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.flexprice.adapters.http.common.ErrorResponse.FieldError;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.DomainException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.ForbiddenException;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.RateLimitedException;
import io.flexprice.domain.common.UnauthenticatedException;
import io.flexprice.domain.common.UnavailableException;
import io.flexprice.domain.common.ValidationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.EOFException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where an exception becomes an HTTP response, always in FlexPrice's error shape
 * ({@link ErrorResponse}). Domain categories map to their status; unreadable JSON, a missing body and
 * JAX-RS routing errors are 4xx with the same body; anything else is a 500 whose body carries only a
 * correlation id, which is logged with the exception.
 */
@Provider
public final class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private static final int TOO_MANY_REQUESTS = 429;
    private static final String RETRY_AFTER_SECONDS = "1";
    private static final int MAX_CAUSE_DEPTH = 10;

    @Inject
    public ErrorMapper() {
    }

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = mappableCause(thrown);
        if (cause instanceof DomainException domain) {
            return domain(domain);
        }
        if (cause instanceof JsonProcessingException json && isAboutTheRequest(json)) {
            return json(json);
        }
        if (cause instanceof EOFException) {
            // the client went away or sent less than it announced (Jetty's EofException is one)
            LOG.debug("request body ended early", cause);
            return json(Response.status(400), ErrorResponse.of(ErrorCode.MALFORMED_REQUEST.code(),
                    "invalid request: the request body ended early", null, List.of()));
        }
        if (cause instanceof WebApplicationException web && web.getResponse() != null
                && web.getResponse().getStatus() < 500) {
            return web(web);
        }
        return unexpected(thrown);
    }

    /**
     * Whether a JSON error is the client's: one raised while reading a request, not while writing a
     * response (a generator's error, or a mapping error whose processor is a generator) and not a
     * mapping we got wrong ({@link InvalidDefinitionException}).
     */
    private static boolean isAboutTheRequest(JsonProcessingException json) {
        return !(json instanceof JsonGenerationException) && !(json instanceof InvalidDefinitionException)
                && !(json.getProcessor() instanceof JsonGenerator);
    }

    /**
     * The exception in the cause chain that has a meaning of its own (Jersey wraps reader errors; Jackson
     * wraps what a constructor threw): a domain error wherever it is, else the first JSON or JAX-RS one.
     */
    private static Throwable mappableCause(Throwable thrown) {
        Throwable meaningful = null;
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < MAX_CAUSE_DEPTH; depth++, current = current.getCause()) {
            if (current instanceof DomainException) {
                return current;
            }
            if (meaningful == null && (current instanceof JsonProcessingException
                    || current instanceof WebApplicationException || current instanceof EOFException)) {
                meaningful = current;
            }
        }
        return meaningful == null ? thrown : meaningful;
    }

    private static Response domain(DomainException e) {
        int status = statusOf(e);
        List<FieldError> details = e instanceof ValidationException invalid
                ? invalid.violations().stream().map(v -> new FieldError(v.field(), v.message())).toList()
                : List.of();
        Response.ResponseBuilder response = Response.status(status);
        if (e instanceof UnavailableException || e instanceof RateLimitedException) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        if (e instanceof UnavailableException) {
            LOG.warn("dependency unavailable ({}): {}", e.code().code(), e.getMessage(), e.getCause());
        }
        return json(response, ErrorResponse.of(e.code().code(), e.getMessage(), e.getMessage(), details));
    }

    static int statusOf(DomainException e) {
        if (e instanceof NotFoundException) {
            return 404;
        } else if (e instanceof ConflictException) {
            return 409;
        } else if (e instanceof ValidationException) {
            return 400;
        } else if (e instanceof UnauthenticatedException) {
            return 401;
        } else if (e instanceof ForbiddenException) {
            return 403;
        } else if (e instanceof RateLimitedException) {
            return TOO_MANY_REQUESTS;
        } else if (e instanceof UnavailableException) {
            return 503;
        }
        throw new IllegalStateException("unmapped error category " + e.getClass().getName());
    }

    private static Response json(JsonProcessingException e) {
        String detail = e.getOriginalMessage();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            String problem = mapping instanceof MismatchedInputException mismatch
                    ? expected(mismatch.getTargetType()) : "has an invalid value";
            return json(Response.status(400), ErrorResponse.of(ErrorCode.MALFORMED_REQUEST.code(),
                    "invalid request body: " + field + " " + problem, detail, List.of(new FieldError(field, problem))));
        }
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        String message = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                ? "invalid request body: the body " + expected(mismatch.getTargetType())
                : "invalid request body: not well-formed JSON" + where;
        return json(Response.status(400), ErrorResponse.of(ErrorCode.MALFORMED_REQUEST.code(), message, detail, List.of()));
    }

    /** The JSON path of a mapping error in the wire's snake_case: {@code events[2].timestamp}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(snakeCase(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    private static String snakeCase(String name) {
        StringBuilder snake = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && name.charAt(i - 1) != '_') {
                    snake.append('_');
                }
                snake.append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "has an invalid value";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == BigInteger.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "must be a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target == String.class || target.isEnum()) {
            return "must be a string";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "must be an RFC 3339 timestamp";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "must be an object";
        }
        return target == BigDecimal.class ? "must be a number" : "has an invalid value";
    }

    private static Response web(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        String code;
        String message;
        switch (status) {
            case 400 -> {
                code = ErrorCode.MALFORMED_REQUEST.code();
                message = e.getCause() instanceof NoContentException ? "a JSON request body is required"
                        : "invalid request";
            }
            case 401 -> {
                code = ErrorCode.UNAUTHENTICATED.code();
                message = "missing or invalid API key";
            }
            case 404 -> {
                code = EdgeErrorCode.ROUTE_NOT_FOUND.code();
                message = "no such endpoint";
            }
            case 405 -> {
                code = EdgeErrorCode.METHOD_NOT_ALLOWED.code();
                message = "method not allowed on this endpoint";
            }
            case 406 -> {
                code = EdgeErrorCode.NOT_ACCEPTABLE.code();
                message = "the endpoint answers application/json only";
            }
            case 415 -> {
                code = EdgeErrorCode.UNSUPPORTED_MEDIA_TYPE.code();
                message = "unsupported media type: send Content-Type: application/json";
            }
            default -> {
                code = EdgeErrorCode.HTTP_ERROR.code();
                Response.StatusType type = original.getStatusInfo();
                message = type == null ? "request failed" : type.getReasonPhrase().toLowerCase(Locale.ROOT);
            }
        }
        Response.ResponseBuilder response = Response.status(status);
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return json(response, ErrorResponse.of(code, message, null, List.of()));
    }

    private static Response unexpected(Throwable thrown) {
        String correlationId = UUID.randomUUID().toString();
        LOG.error("unexpected error, correlation id {}", correlationId, thrown);
        return json(Response.status(500), ErrorResponse.of(EdgeErrorCode.INTERNAL.code(),
                "internal server error; quote correlation id " + correlationId + " when reporting it", null, List.of()));
    }

    private static Response json(Response.ResponseBuilder response, ErrorResponse body) {
        return response.type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
