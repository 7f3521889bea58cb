package io.flexprice.adapters.http.common;

import io.flexprice.adapters.http.common.FlexpriceOperations.Operation;
import io.flexprice.domain.common.ErrorCode;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Turns a routing failure for a FlexPrice operation this server does not serve into a 501 in FlexPrice's
 * error shape ({@link ErrorCode#NOT_IMPLEMENTED}), so a client learns the operation is missing rather than
 * that its id is unknown. Only Jersey's own "no such endpoint" (404 {@link EdgeErrorCode#ROUTE_NOT_FOUND})
 * and "method not allowed" (405) answers are rewritten, and only when the request's method and path are
 * one of {@link FlexpriceOperations#official()}; a domain 404 such as {@code customer.not_found} is left
 * as it is. A request that Jersey routed to one of our templates with a parameter where the FlexPrice
 * operation has a literal segment (our {@code GET /v1/prices/{id}} taking {@code GET /v1/prices/units}:
 * the path parameter's value is the literal) is also that unserved operation, so it answers 501 too,
 * whatever the resource answered.
 */
@Provider
public final class NotImplementedFilter implements ContainerResponseFilter {

    private static final int NOT_IMPLEMENTED = 501;

    private final FlexpriceOperations operations;

    @Inject
    public NotImplementedFilter() {
        this.operations = FlexpriceOperations.official();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean routingFailure = isRoutingFailure(response);
        String path = request.getUriInfo().getPath();
        Optional<Operation> operation = operations.match(request.getMethod(), path);
        if (operation.isEmpty()
                || !routingFailure && !operation.get().isShadowed(path, pathParameterValues(request))) {
            return;
        }
        String message = operation.get() + " is not implemented by this server";
        response.setStatus(NOT_IMPLEMENTED);
        response.getHeaders().remove(HttpHeaders.ALLOW);
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_TYPE);
        response.setEntity(ErrorResponse.of(ErrorCode.NOT_IMPLEMENTED.code(), message, null, List.of()),
                null, MediaType.APPLICATION_JSON_TYPE);
    }

    /** The values Jersey bound to path parameters of the resource method it routed the request to. */
    private static Collection<String> pathParameterValues(ContainerRequestContext request) {
        Collection<String> values = new HashSet<>();
        request.getUriInfo().getPathParameters().values().forEach(values::addAll);
        return values;
    }

    private static boolean isRoutingFailure(ContainerResponseContext response) {
        if (!(response.getEntity() instanceof ErrorResponse error) || error.error() == null) {
            return false;
        }
        String code = error.error().code();
        return response.getStatus() == 404 && EdgeErrorCode.ROUTE_NOT_FOUND.code().equals(code)
                || response.getStatus() == 405 && EdgeErrorCode.METHOD_NOT_ALLOWED.code().equals(code);
    }
}
