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
import java.util.List;
import java.util.Optional;

/**
 * Turns a routing failure for a FlexPrice operation this server does not serve into a 501 in FlexPrice's
 * error shape ({@link ErrorCode#NOT_IMPLEMENTED}), so a client learns the operation is missing rather than
 * that its id is unknown. Only Jersey's own "no such endpoint" (404 {@link EdgeErrorCode#ROUTE_NOT_FOUND})
 * and "method not allowed" (405) answers are rewritten, and only when the request's method and path are
 * one of {@link FlexpriceOperations#official()}; a domain 404 such as {@code customer.not_found} is left
 * as it is.
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
        if (!isRoutingFailure(response)) {
            return;
        }
        Optional<Operation> operation = operations.match(request.getMethod(), request.getUriInfo().getPath());
        if (operation.isEmpty()) {
            return;
        }
        String message = operation.get() + " is not implemented by this server";
        response.setStatus(NOT_IMPLEMENTED);
        response.getHeaders().remove(HttpHeaders.ALLOW);
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_TYPE);
        response.setEntity(ErrorResponse.of(ErrorCode.NOT_IMPLEMENTED.code(), message, null, List.of()),
                null, MediaType.APPLICATION_JSON_TYPE);
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
