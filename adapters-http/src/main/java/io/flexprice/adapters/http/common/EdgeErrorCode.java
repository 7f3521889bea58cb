package io.flexprice.adapters.http.common;

/**
 * Stable error codes that only the HTTP edge raises (routing, content negotiation, the unexpected).
 * Like {@link io.flexprice.domain.common.ErrorCode} they are never renamed or reused, and no string
 * here equals one of those ({@code EdgeErrorCodeTest}).
 */
public enum EdgeErrorCode {
    ROUTE_NOT_FOUND("request.route_not_found"),
    METHOD_NOT_ALLOWED("request.method_not_allowed"),
    UNSUPPORTED_MEDIA_TYPE("request.unsupported_media_type"),
    NOT_ACCEPTABLE("request.not_acceptable"),
    HTTP_ERROR("request.http_error"),
    INTERNAL("internal.error");

    private final String code;

    EdgeErrorCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
